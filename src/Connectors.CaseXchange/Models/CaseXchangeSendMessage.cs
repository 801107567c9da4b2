using Connectors.CaseXchange.Referrals;

namespace Connectors.CaseXchange.Models;

/// <summary>The body of <c>POST /messages/send</c> (field names modelled). The text is personal data: never logged.</summary>
/// <param name="ReferralId">UUID, reference number or CMS id of the referral.</param>
/// <param name="Message">1 to 5000 characters.</param>
/// <param name="RequestedStatus">A status the sender asks for, or null.</param>
/// <param name="ClosingStatus">Why the referral closes, when the requested status is <c>closing</c> or <c>closed</c>.</param>
internal sealed record CaseXchangeSendMessage(
    string ReferralId,
    string Message,
    ReferralStatus? RequestedStatus = null,
    string? ClosingStatus = null)
{
    /// <summary>Prints the referral and the requested status, never the text.</summary>
    public override string ToString() =>
        $"CaseXchangeSendMessage {{ ReferralId = {ReferralId}, RequestedStatus = {RequestedStatus} }}";
}
