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
    /// <summary>True when the step updates a CRM record.</summary>
    public bool IsUpdate => SkipReason is null;
}
