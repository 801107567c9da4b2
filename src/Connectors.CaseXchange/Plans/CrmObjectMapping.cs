using Connectors.Core;

namespace Connectors.CaseXchange.Plans;

/// <summary>
/// A CRM field mapping, as the Salesforce integration's "CX Field Mappings" define it: referrals are sent from
/// <see cref="SourceObject"/> records and, when <see cref="DestinationObject"/> is given, create records of it. "If a
/// destination object is specified, it will have its status updated when the case is updated in Case Xchange, otherwise
/// the source object will be linked directly": <see cref="WriteBackObject"/> is that object, and <see cref="Fields"/>
/// are its fields the write-back sets.
/// </summary>
/// <param name="SourceObject">The CRM object referrals are sent from (as <c>Lead</c>).</param>
/// <param name="DestinationObject">The CRM object a successful referral creates, or null when the source record is updated itself.</param>
/// <param name="Fields">
/// The field API names on <see cref="WriteBackObject"/>; null when the mapping is used only to decide re-referral.
/// </param>
public sealed record CrmObjectMapping(string SourceObject, string? DestinationObject, CrmFieldNames? Fields = null)
{
    /// <summary>The object whose records Case Xchange links to and the write-back updates: the destination, else the source.</summary>
    public string WriteBackObject => DestinationObject ?? SourceObject;

    /// <summary>Checks the mapping for the write-back: an object name, and at least the CX status field named once.</summary>
    /// <exception cref="ConnectorConfigurationException">The mapping cannot drive a write-back; the message says why.</exception>
    public void EnsureUsableForWriteBack()
    {
        var problems = new List<string>();
        if (string.IsNullOrWhiteSpace(SourceObject))
        {
            problems.Add("the source object is required");
        }

        if (Fields is null || string.IsNullOrWhiteSpace(Fields.CxStatus))
        {
            problems.Add($"the CX Status field of '{WriteBackObject}' is required (the write-back sets the status there)");
        }
        else if (Fields.Named.GroupBy(n => n, StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > 1) is { } twice)
        {
            problems.Add($"field '{twice.Key}' is mapped twice");
        }

        if (problems.Count > 0)
        {
            throw new ConnectorConfigurationException($"The CRM mapping cannot drive the write-back: {string.Join("; ", problems)}.");
        }
    }
}
