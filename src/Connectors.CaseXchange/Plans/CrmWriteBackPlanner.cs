using Connectors.CaseXchange.Models;

namespace Connectors.CaseXchange.Plans;

/// <summary>
/// "Sync back from Case Xchange": for sent cases that carry their CRM record id, the status (through the firm's map)
/// and the receiving firm's name to write to that record. Pure. Cases without a CRM id are skipped with that reason:
/// as the vendor says, sync back is accurate only for cases sent from the CRM.
/// </summary>
public static class CrmWriteBackPlanner
{
    /// <summary>Why a case without a CRM record id is skipped.</summary>
    public const string NoCrmRecordId = "The case was not sent from the CRM: it carries no CRM record id to update.";

    /// <summary>
    /// Plans the write-back of the sent cases <see cref="CaseXchangeClient.ReadSentCasesAsync"/> read, in
    /// reference-number order; a case's CRM record id is the Salesforce record id it was sent from.
    /// </summary>
    public static IReadOnlyList<CrmWriteBack> Plan(IEnumerable<CaseXchangeSentCase> sentCases, CrmStatusMap map)
    {
        ArgumentNullException.ThrowIfNull(sentCases);
        return Plan(sentCases.Select(CaseXchangeMapper.ToSentCase), map);
    }

    /// <summary>Plans the write-back of <paramref name="sentCases"/>, in reference-number order.</summary>
    public static IReadOnlyList<CrmWriteBack> Plan(IEnumerable<SentCase> sentCases, CrmStatusMap map)
    {
        ArgumentNullException.ThrowIfNull(sentCases);
        ArgumentNullException.ThrowIfNull(map);
        return sentCases.OrderBy(c => c.ReferenceNumber, StringComparer.Ordinal).Select(c => One(c, c.CrmRecordId, map)).ToList();
    }

    /// <summary>
    /// Plans the write-back of the sent cases <see cref="CaseXchangeClient.ReadSentCasesWithCrmIdAsync"/> read through the
    /// firm's mapping: each update names <see cref="CrmObjectMapping.WriteBackObject"/> and the field values to set.
    /// </summary>
    /// <exception cref="Core.ConnectorConfigurationException">The mapping names no CX Status field, or a field twice.</exception>
    public static IReadOnlyList<CrmWriteBack> Plan(IEnumerable<CaseXchangeSentCase> sentCases, CrmStatusMap map, CrmObjectMapping mapping)
    {
        ArgumentNullException.ThrowIfNull(sentCases);
        return Plan(sentCases.Select(CaseXchangeMapper.ToSentCase), map, mapping);
    }

    /// <summary>Plans the write-back of <paramref name="sentCases"/> through the firm's mapping, in reference-number order.</summary>
    /// <exception cref="Core.ConnectorConfigurationException">The mapping names no CX Status field, or a field twice.</exception>
    public static IReadOnlyList<CrmWriteBack> Plan(IEnumerable<SentCase> sentCases, CrmStatusMap map, CrmObjectMapping mapping)
    {
        ArgumentNullException.ThrowIfNull(sentCases);
        ArgumentNullException.ThrowIfNull(map);
        ArgumentNullException.ThrowIfNull(mapping);
        mapping.EnsureUsableForWriteBack();
        return sentCases.OrderBy(c => c.ReferenceNumber, StringComparer.Ordinal)
            .Select(c => Mapped(One(c, c.CrmRecordId, map), c, mapping))
            .ToList();
    }

    /// <summary>
    /// <see cref="PlanBulk(IEnumerable{SentCase}, IEnumerable{ValueTuple{string, string}}, CrmStatusMap)"/> of the sent
    /// cases <see cref="CaseXchangeClient.ReadSentCasesAsync"/> read.
    /// </summary>
    public static IReadOnlyList<CrmWriteBack> PlanBulk(
        IEnumerable<CaseXchangeSentCase> sentCases, IEnumerable<(string ReferenceNumber, string CrmRecordId)> pairs, CrmStatusMap map)
    {
        ArgumentNullException.ThrowIfNull(sentCases);
        return PlanBulk(sentCases.Select(CaseXchangeMapper.ToSentCase), pairs, map);
    }

    /// <summary>
    /// The bulk variant for historical cases: the CRM record ids come from (reference number, CRM id) pairs rather than
    /// from the cases, which were not sent from the CRM.
    /// </summary>
    public static IReadOnlyList<CrmWriteBack> PlanBulk(
        IEnumerable<SentCase> sentCases, IEnumerable<(string ReferenceNumber, string CrmRecordId)> pairs, CrmStatusMap map)
    {
        ArgumentNullException.ThrowIfNull(sentCases);
        ArgumentNullException.ThrowIfNull(pairs);
        ArgumentNullException.ThrowIfNull(map);
        var ids = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (reference, crmId) in pairs)
        {
            ids[reference] = crmId;
        }

        return sentCases.Where(c => ids.ContainsKey(c.ReferenceNumber))
            .OrderBy(c => c.ReferenceNumber, StringComparer.Ordinal)
            .Select(c => One(c, ids[c.ReferenceNumber], map))
            .ToList();
    }

    // The step with the object and the field values the mapping names.
    private static CrmWriteBack Mapped(CrmWriteBack step, SentCase sent, CrmObjectMapping mapping)
    {
        if (!step.IsUpdate)
        {
            return step with { CrmObject = mapping.WriteBackObject };
        }

        var names = mapping.Fields!;
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        Set(fields, names.CxId, sent.Id);
        Set(fields, names.CxReferenceNumber, step.ReferenceNumber);
        Set(fields, names.CxStatus, step.StatusValue);
        Set(fields, names.ReceivingFirmName, step.ReceivingFirmName);
        return step with { CrmObject = mapping.WriteBackObject, Fields = fields };
    }

    private static void Set(Dictionary<string, string> fields, string? name, string? value)
    {
        if (!string.IsNullOrWhiteSpace(name) && !string.IsNullOrWhiteSpace(value))
        {
            fields[name] = value;
        }
    }

    private static CrmWriteBack One(SentCase sent, string? crmRecordId, CrmStatusMap map)
    {
        if (string.IsNullOrWhiteSpace(crmRecordId))
        {
            return new CrmWriteBack(sent.ReferenceNumber, null, null, null, NoCrmRecordId);
        }

        return map.TryGetValue(sent.Status, out var value)
            ? new CrmWriteBack(sent.ReferenceNumber, crmRecordId, value, sent.ReceivingFirmName, null)
            : new CrmWriteBack(
                sent.ReferenceNumber,
                crmRecordId,
                null,
                null,
                $"Status '{sent.Status}' is not in the CRM status map (a status newer than the map).");
    }
}
