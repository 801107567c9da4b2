using Connectors.CaseXchange.Referrals;

namespace Connectors.CaseXchange.Plans;

/// <summary>A referral this firm received, as the intake plan needs it.</summary>
/// <param name="Id">Case Xchange id.</param>
/// <param name="ReferenceNumber">The reference number.</param>
/// <param name="Status">The referral status.</param>
/// <param name="SendingFirmName">The sending firm.</param>
public sealed record ReceivedReferral(string Id, string ReferenceNumber, ReferralStatus Status, string? SendingFirmName);
