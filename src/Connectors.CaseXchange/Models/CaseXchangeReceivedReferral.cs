using Connectors.CaseXchange.Referrals;

namespace Connectors.CaseXchange.Models;

/// <summary>A received referral (lean list shape).</summary>
/// <param name="Id">UUID.</param>
/// <param name="ReferenceNumber">As <c>CX-PI-00142</c>.</param>
/// <param name="CmsId">This firm's own case id, once set.</param>
/// <param name="SendingFirmName">The sending firm.</param>
/// <param name="SendingFirmId">Its id.</param>
/// <param name="Status">The referral status (unknown values kept).</param>
/// <param name="ClosingStatus">Why it closed, once closed.</param>
/// <param name="UpdatedAt">Last change.</param>
public sealed record CaseXchangeReceivedReferral(
    string Id,
    string? ReferenceNumber,
    string? CmsId,
    string? SendingFirmName,
    string? SendingFirmId,
    ReferralStatus Status,
    string? ClosingStatus,
    DateTimeOffset? UpdatedAt);
