using Connectors.CaseXchange.Referrals;

namespace Connectors.CaseXchange;

/// <summary>A message to send on a referral. The text is personal data: <see cref="ToString"/> never shows it.</summary>
/// <param name="ReferralId">The referral: UUID, reference number or CMS id.</param>
/// <param name="Text">1 to 5000 characters.</param>
/// <param name="RequestedStatus">A status to ask for, or null.</param>
/// <param name="ClosingStatus">Why the referral closes, needed when asking for <c>closing</c> or <c>closed</c>.</param>
/// <param name="IdempotencyKey">
/// Makes a repeat of the same message (after a crash, say) a no-op; when null, one is derived from the referral, the
/// text and the status asked for.
/// </param>
public sealed record CaseXchangeMessage(
    string ReferralId,
    string Text,
    ReferralStatus? RequestedStatus = null,
    ClosingStatus? ClosingStatus = null,
    string? IdempotencyKey = null)
{
    /// <summary>Prints the referral and the requested status, never the text.</summary>
    public override string ToString() => $"CaseXchangeMessage {{ ReferralId = {ReferralId}, RequestedStatus = {RequestedStatus} }}";
}
