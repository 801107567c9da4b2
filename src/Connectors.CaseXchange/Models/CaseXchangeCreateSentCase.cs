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
public sealed record CaseXchangeCreateSentCase(
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
    public override string ToString() => $"CaseXchangeCreateSentCase {{ Title = {Title} }}";
}
