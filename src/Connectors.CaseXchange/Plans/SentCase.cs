using Connectors.CaseXchange.Referrals;

namespace Connectors.CaseXchange.Plans;

/// <summary>A case this firm sent, as the CRM write-back needs it.</summary>
/// <param name="Id">Case Xchange id.</param>
/// <param name="ReferenceNumber">The reference number, as <c>CX-PI-00142</c>.</param>
/// <param name="Status">The referral status.</param>
/// <param name="ReceivingFirmName">The receiving firm, once there is one.</param>
/// <param name="CrmRecordId">The CRM (Salesforce/Litify) record id the case was sent from; null for cases not sent from the CRM.</param>
public sealed record SentCase(string Id, string ReferenceNumber, ReferralStatus Status, string? ReceivingFirmName, string? CrmRecordId);
