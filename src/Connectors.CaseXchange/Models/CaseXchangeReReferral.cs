using Connectors.CaseXchange.Referrals;

namespace Connectors.CaseXchange.Models;

/// <summary>The new referral a re-referral creates: the same base case, the next sequence number, sent to another firm.</summary>
/// <param name="Id">The new referral's UUID.</param>
/// <param name="ReferenceNumber">Its reference number.</param>
/// <param name="SequenceNumber">Its place among the base case's referrals: 2 for the first re-referral.</param>
/// <param name="BaseCaseId">The case the referrals belong to (the first referral's id).</param>
/// <param name="ReceivingFirmId">The firm it went to.</param>
/// <param name="ReceivingFirmName">That firm's name.</param>
/// <param name="Status">Its status (<c>sent</c>).</param>
/// <param name="SalesforceRecordId">The CRM record it was sent from: the first referral's destination record.</param>
/// <param name="SalesforceObjectType">That record's object.</param>
public sealed record CaseXchangeReReferral(
    string Id,
    string? ReferenceNumber,
    int SequenceNumber,
    string? BaseCaseId,
    string? ReceivingFirmId,
    string? ReceivingFirmName,
    ReferralStatus Status,
    string? SalesforceRecordId,
    string? SalesforceObjectType);
