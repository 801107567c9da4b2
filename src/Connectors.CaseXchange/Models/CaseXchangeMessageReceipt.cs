using Connectors.CaseXchange.Referrals;

namespace Connectors.CaseXchange.Models;

/// <summary>
/// What <c>POST /messages/send</c> answers (201): the status-history entry the message became (field names modelled).
/// </summary>
/// <param name="Id">The history entry's id.</param>
/// <param name="ReferralId">The referral the message went to.</param>
/// <param name="RequestedStatus">The status asked for, if any.</param>
/// <param name="IsMessage">True: the entry is a message.</param>
/// <param name="CreatedAt">When it was recorded.</param>
public sealed record CaseXchangeMessageReceipt(
    string Id,
    string? ReferralId,
    ReferralStatus? RequestedStatus,
    bool IsMessage,
    DateTimeOffset? CreatedAt);
