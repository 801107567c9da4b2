namespace Connectors.CaseXchange.Models;

/// <summary>
/// The body of <c>POST /api/v1/cases/{id}/re-refer</c>. The field names follow the create-case body
/// (<c>referentFirmId</c>, <c>salesforceRecordId</c>, <c>salesforceObjectType</c>); the re-refer body itself was not seen.
/// </summary>
/// <param name="ReferentFirmId">The firm the new referral goes to.</param>
/// <param name="SalesforceRecordId">The CRM record the re-referral starts from: the first referral's destination record.</param>
/// <param name="SalesforceObjectType">That record's object (the first mapping's destination object).</param>
internal sealed record CaseXchangeReReferRequest(string ReferentFirmId, string? SalesforceRecordId, string? SalesforceObjectType);
