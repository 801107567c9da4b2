namespace Connectors.CaseXchange.Plans;

/// <summary>
/// The API names of the CRM fields the write-back sets (as <c>CX_Id__c</c>), as the Salesforce integration's field
/// mapping names them; a null name is a field the firm did not map, which the write-back leaves alone.
/// </summary>
/// <param name="CxId">The field that holds the Case Xchange id.</param>
/// <param name="CxReferenceNumber">The field that holds the reference number (<c>CX-PI-00142</c>).</param>
/// <param name="CxStatus">The field that holds the status, as the firm's <see cref="CrmStatusMap"/> maps it.</param>
/// <param name="ReceivingFirmName">The field that holds the receiving firm's name.</param>
public sealed record CrmFieldNames(string? CxId, string? CxReferenceNumber, string? CxStatus, string? ReceivingFirmName)
{
    /// <summary>The names that are set, each once.</summary>
    internal IEnumerable<string> Named =>
        new[] { CxId, CxReferenceNumber, CxStatus, ReceivingFirmName }.Where(n => !string.IsNullOrWhiteSpace(n)).Select(n => n!);
}
