using Connectors.CaseXchange.Referrals;

namespace Connectors.CaseXchange.Models;

/// <summary>A sent case (lean list shape; the detail shape carries more).</summary>
/// <param name="Id">UUID.</param>
/// <param name="ReferenceNumber">As <c>CX-PI-00142</c>.</param>
/// <param name="CmsId">The sending firm's own case id.</param>
/// <param name="ReceivingFirmName">The receiving firm.</param>
/// <param name="ReceivingFirmId">Its id.</param>
/// <param name="Status">The referral status (unknown values kept).</param>
/// <param name="ClosingStatus">Why it closed, once closed.</param>
/// <param name="UpdatedAt">Last change.</param>
/// <param name="SalesforceRecordId">The CRM record it was sent from, when sent from Salesforce/Litify.</param>
public sealed record CaseXchangeSentCase(
    string Id,
    string? ReferenceNumber,
    string? CmsId,
    string? ReceivingFirmName,
    string? ReceivingFirmId,
    ReferralStatus Status,
    string? ClosingStatus,
    DateTimeOffset? UpdatedAt,
    string? SalesforceRecordId = null);
