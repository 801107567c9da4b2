namespace Connectors.CaseXchange.Plans;

/// <summary>One step of a CRM write-back plan: field values for a CRM record, or why a sent case gets none.</summary>
/// <param name="ReferenceNumber">The Case Xchange reference number.</param>
/// <param name="CrmRecordId">The CRM record to update; null when skipped for lack of one.</param>
/// <param name="StatusValue">The CRM status value; null when skipped.</param>
/// <param name="ReceivingFirmName">The receiving firm's name to write.</param>
/// <param name="SkipReason">Why nothing is written; null for an update.</param>
public sealed record CrmWriteBack(
    string ReferenceNumber,
    string? CrmRecordId,
    string? StatusValue,
    string? ReceivingFirmName,
    string? SkipReason)
{
    private static readonly IReadOnlyDictionary<string, string> NoFields = new Dictionary<string, string>();

    /// <summary>True when the step updates a CRM record.</summary>
    public bool IsUpdate => SkipReason is null;

    /// <summary>
    /// The CRM object <see cref="CrmRecordId"/> belongs to (the mapping's <see cref="CrmObjectMapping.WriteBackObject"/>);
    /// null when planned without a mapping.
    /// </summary>
    public string? CrmObject { get; init; }

    /// <summary>
    /// The field API names and values to set on the record, as the mapping names them (CX Id, CX Reference Number, CX
    /// Status, receiving firm name; unmapped fields absent, a firm name not known yet absent): a host turns it into one
    /// Salesforce update (<c>PATCH /sobjects/{CrmObject}/{CrmRecordId}</c>) with no more mapping. Empty when skipped or
    /// planned without a mapping.
    /// </summary>
    public IReadOnlyDictionary<string, string> Fields { get; init; } = NoFields;
}
