namespace CaseXchange.Sample;

/// <summary>
/// Reads the historical (reference number, CRM id) pairs for the bulk write-back: one <c>CX-PI-00142,a0B…</c> per line.
/// </summary>
internal static class BulkPairs
{
    public static IReadOnlyList<(string ReferenceNumber, string CrmRecordId)> Read(string path) =>
        [.. File.ReadLines(path)
            .Select(line => line.Split(',', 2, StringSplitOptions.TrimEntries))
            .Where(parts => parts.Length == 2 && parts[0].Length > 0 && parts[1].Length > 0 && !parts[0].StartsWith('#'))
            .Select(parts => (parts[0], parts[1]))];
}
