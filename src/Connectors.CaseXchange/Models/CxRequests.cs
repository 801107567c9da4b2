using Connectors.CaseXchange.Referrals;

namespace Connectors.CaseXchange.Models;

/// <summary>The body of <c>POST /sent-cases</c> (creates a draft). Personal data: never logged.</summary>
/// <param name="Title">Case title.</param>
/// <param name="CaseType">Case type id or name.</param>
/// <param name="Jurisdiction">Jurisdiction id or name.</param>
/// <param name="ClientFirstName">Client first name.</param>
/// <param name="ClientLastName">Client last name.</param>
/// <param name="ClientEmail">Client email.</param>
/// <param name="ClientPhone">Client phone.</param>
/// <param name="Description">Description.</param>
/// <param name="CmsId">This firm's own case id.</param>
/// <param name="SalesforceRecordId">The CRM record the case is sent from.</param>
public sealed record CxCreateSentCase(
    string Title,
    string CaseType,
    string Jurisdiction,
    string? ClientFirstName,
    string? ClientLastName,
    string? ClientEmail = null,
    string? ClientPhone = null,
    string? Description = null,
    string? CmsId = null,
    string? SalesforceRecordId = null)
{
    /// <summary>Prints the title only.</summary>
    public override string ToString() => $"CxCreateSentCase {{ Title = {Title} }}";
}

/// <summary>The body of <c>POST /sent-cases/{id}/refer</c>.</summary>
/// <param name="ReceivingFirmId">The firm to refer to.</param>
public sealed record CxReferRequest(string ReceivingFirmId);

/// <summary>The body of <c>POST /messages/send</c> (field names modelled). The text is personal data: never logged.</summary>
/// <param name="ReferralId">UUID, reference number or CMS id of the referral.</param>
/// <param name="Message">1 to 5000 characters.</param>
/// <param name="RequestedStatus">A status the sender asks for, or null.</param>
/// <param name="ClosingStatus">Why the referral closes, when the requested status is <c>closing</c> or <c>closed</c>.</param>
public sealed record CxSendMessage(string ReferralId, string Message, ReferralStatus? RequestedStatus = null, string? ClosingStatus = null)
{
    /// <summary>Prints the referral and the requested status, never the text.</summary>
    public override string ToString() => $"CxSendMessage {{ ReferralId = {ReferralId}, RequestedStatus = {RequestedStatus} }}";
}
