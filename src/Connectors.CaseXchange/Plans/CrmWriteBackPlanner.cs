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
