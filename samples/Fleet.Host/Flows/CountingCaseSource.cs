using System.Diagnostics;
using System.Runtime.CompilerServices;

using Connectors.Core.Model;
using Connectors.Core.Sources;
using Connectors.Core.Windows;

using Fleet.Host.Reporting;

namespace Fleet.Host.Flows;

/// <summary>
/// Passes a connector's reads through and counts the cases, for the fleet summary; the time spent waiting for the
/// connector's next case (not the consumer's time between cases) goes to <see cref="FleetPhase.VendorRead"/>.
/// </summary>
internal sealed class CountingCaseSource(ICaseSource inner, PhaseTimings? timings = null) : ICaseSource
{
    private int _read;

    public int Read => Volatile.Read(ref _read);

    public string SourceSystem => inner.SourceSystem;

    public async IAsyncEnumerable<SourceCase> ReadCasesAsync(
        SyncWindow window, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await foreach (var item in Timed(inner.ReadCasesAsync(window, cancellationToken)).ConfigureAwait(false))
        {
            yield return item;
        }
    }

    public async IAsyncEnumerable<SourceCase> ReadSnapshotAsync(
        SyncWindow window, SourceReadReport report, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await foreach (var item in Timed(inner.ReadSnapshotAsync(window, report, cancellationToken)).ConfigureAwait(false))
        {
            yield return item;
        }
    }

    public Task<SourceCase?> ReadCaseAsync(string sourceId, CancellationToken cancellationToken = default) =>
        inner.ReadCaseAsync(sourceId, cancellationToken);

    // The wait is summed locally and added once per read: no shared counter touched per case.
    private async IAsyncEnumerable<SourceCase> Timed(IAsyncEnumerable<SourceCase> cases)
    {
        long waited = 0;
        var enumerator = cases.GetAsyncEnumerator();
        try
        {
            while (true)
            {
                var started = Stopwatch.GetTimestamp();
                var more = await enumerator.MoveNextAsync().ConfigureAwait(false);
                waited += Stopwatch.GetTimestamp() - started;
                if (!more)
                {
                    yield break;
                }

                Interlocked.Increment(ref _read);
                yield return enumerator.Current;
            }
        }
        finally
        {
            timings?.Add(FleetPhase.VendorRead, waited);
            await enumerator.DisposeAsync().ConfigureAwait(false);
        }
    }
}
