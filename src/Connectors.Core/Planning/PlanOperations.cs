using System.Collections;

using Connectors.Core.Model;

namespace Connectors.Core.Planning;

/// <summary>
/// The operations of a plan, in key order. A nightly plan is mostly <see cref="SkipReason.Unchanged"/> skips; those
/// are kept as the index of their source case and built when read, so a million-case plan holds a million small
/// structs instead of a million objects the garbage collector must trace and copy.
/// </summary>
internal sealed class PlanOperations : IReadOnlyList<SyncOperation>
{
    private readonly IReadOnlyList<SourceCase> _source;
    private readonly List<Entry> _entries;

    public PlanOperations(IReadOnlyList<SourceCase> source, int capacity)
    {
        _source = source;
        _entries = new List<Entry>(capacity);
    }

    public int Count => _entries.Count;

    public SyncOperation this[int index] =>
        _entries[index] is { Operation: { } operation } ? operation : Unchanged(_source[_entries[index].SourceIndex]);

    public void Add(SyncOperation operation) => _entries.Add(new Entry(-1, operation));

    public void AddUnchanged(int sourceIndex) => _entries.Add(new Entry(sourceIndex, null));

    /// <summary>The operations that are not unchanged skips, without building those.</summary>
    public IEnumerable<SyncOperation> Explicit() => _entries.Where(e => e.Operation is not null).Select(e => e.Operation!);

    /// <summary>How many unchanged skips there are.</summary>
    public int UnchangedCount() => _entries.Count(e => e.Operation is null);

    public IEnumerator<SyncOperation> GetEnumerator()
    {
        for (var i = 0; i < _entries.Count; i++)
        {
            yield return this[i];
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private static SyncOperation Unchanged(SourceCase item) => new()
    {
        Kind = OperationKind.Skip,
        SourceSystem = item.Key.SourceSystem,
        SourceId = item.Key.SourceId,
        Reason = SkipReason.Unchanged,
    };

    private readonly record struct Entry(int SourceIndex, SyncOperation? Operation);
}
