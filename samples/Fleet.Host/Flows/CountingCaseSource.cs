using System.Runtime.CompilerServices;

using Connectors.Core.Model;
using Connectors.Core.Sources;
using Connectors.Core.Windows;

namespace Fleet.Host.Flows;

/// <summary>Passes a connector's reads through and counts the cases, for the fleet summary.</summary>
internal sealed class CountingCaseSource(ICaseSource inner) : ICaseSource
{
    private int _read;

    public int Read => Volatile.Read(ref _read);

    public string SourceSystem => inner.SourceSystem;

    public async IAsyncEnumerable<SourceCase> ReadCasesAsync(
        SyncWindow window, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await foreach (var item in inner.ReadCasesAsync(window, cancellationToken).ConfigureAwait(false))
        {
            Interlocked.Increment(ref _read);
            yield return item;
        }
    }

    public async IAsyncEnumerable<SourceCase> ReadSnapshotAsync(
        SyncWindow window, SourceReadReport report, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await foreach (var item in inner.ReadSnapshotAsync(window, report, cancellationToken).ConfigureAwait(false))
        {
            Interlocked.Increment(ref _read);
            yield return item;
        }
    }

    public Task<SourceCase?> ReadCaseAsync(string sourceId, CancellationToken cancellationToken = default) =>
        inner.ReadCaseAsync(sourceId, cancellationToken);
}
