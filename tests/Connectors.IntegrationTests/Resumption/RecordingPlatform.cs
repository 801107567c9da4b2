using Connectors.Core.Model;
using Connectors.Core.Planning;
using Connectors.Core.Sync;

namespace Connectors.IntegrationTests.Resumption;

/// <summary>
/// The platform as a host would keep it, idempotent on the operation key. A write can be cut off before it applies or
/// after it applied but before the runner recorded it; a repeat of the same key is absorbed, anything else that
/// writes a case twice is counted as a duplicate.
/// </summary>
internal sealed class RecordingPlatform(CancellationPoint point) : IPlatformCaseStore
{
    private readonly Dictionary<CaseKey, TargetCase> _cases = [];
    private readonly Dictionary<string, int> _applied = new(StringComparer.Ordinal);

    public int Duplicates { get; private set; }

    public int Repeats { get; private set; }

    /// <summary>The operations applied, in order, each once (a repeat of a key is absorbed and not listed).</summary>
    public List<string> Applied { get; } = [];

    /// <summary>The open cases' source ids, sorted: what a simulated firm picks from.</summary>
    public IReadOnlyList<string> OpenSourceIds() =>
        [.. _cases.Values.Where(c => !c.IsClosed).Select(c => c.Key.SourceId).Order(StringComparer.Ordinal)];

    public IReadOnlyList<string> State() =>
        [.. _cases.Values.Select(c => $"{c.Key} {c.Stage} {c.PracticeArea} closed={c.IsClosed}").Order(StringComparer.Ordinal)];

    public Task<IReadOnlyList<TargetCase>> ReadCasesAsync(string tenant, string sourceSystem, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<TargetCase>>([.. _cases.Values]);

    public Task ApplyAsync(SyncOperation operation, CancellationToken cancellationToken)
    {
        point.Tick();
        cancellationToken.ThrowIfCancellationRequested();
        var key = operation.IdempotencyKey!;
        if (_applied.TryGetValue(key, out var times))
        {
            Repeats++;
            _applied[key] = times + 1;
            return Task.CompletedTask;
        }

        if (operation.Kind == OperationKind.Create && _cases.ContainsKey(operation.Key))
        {
            Duplicates++;
        }

        _applied[key] = 1;
        _cases[operation.Key] = operation.Target!;
        Applied.Add($"{operation.Kind} {operation.Key}");
        point.Tick();
        cancellationToken.ThrowIfCancellationRequested(); // stopped after the write applied, before the runner recorded it
        return Task.CompletedTask;
    }
}
