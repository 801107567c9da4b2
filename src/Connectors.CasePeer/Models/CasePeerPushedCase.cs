namespace Connectors.CasePeer.Models;

/// <summary>
/// The case a CASEpeer user pushes with "Connect to Case Status" (modelled on the fields the vendor's pop-up shows).
/// Personal data: never logged.
/// </summary>
/// <param name="CaseId">The CASEpeer case id.</param>
/// <param name="CaseName">The case name.</param>
/// <param name="CaseType">The case type (practice area).</param>
/// <param name="Status">The case status.</param>
/// <param name="AttorneyEmail">The attorney email: must be an attorney user on the platform.</param>
/// <param name="ClientFirstName">Client first name.</param>
/// <param name="ClientLastName">Client last name.</param>
/// <param name="ClientCellPhone">Client cell phone.</param>
/// <param name="ClientEmail">Client email.</param>
internal sealed record CasePeerPushedCase(
    long CaseId,
    string? CaseName,
    string? CaseType,
    string? Status,
    string? AttorneyEmail,
    string? ClientFirstName,
    string? ClientLastName,
    string? ClientCellPhone,
    string? ClientEmail)
{
    /// <summary>Prints the case id only.</summary>
    public override string ToString() => $"CasePeerPushedCase {{ CaseId = {CaseId} }}";
}
