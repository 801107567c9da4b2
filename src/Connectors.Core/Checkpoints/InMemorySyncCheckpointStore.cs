using System.Collections.Concurrent;

namespace Connectors.Core.Checkpoints;

/// <summary>A process-local store, for tests and hosts that keep progress elsewhere.</summary>
public sealed class InMemorySyncCheckpointStore : ISyncCheckpointStore
{
    private readonly ConcurrentDictionary<(string Tenant, string SourceSystem), SyncProgress> _progress = new();

    /// <inheritdoc />
    public ValueTask<SyncProgress> LoadAsync(string tenant, string sourceSystem, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return ValueTask.FromResult(_progress.GetValueOrDefault((tenant, sourceSystem), SyncProgress.None));
    }

    /// <inheritdoc />
    public ValueTask SaveAsync(string tenant, string sourceSystem, SyncProgress progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(progress);
        cancellationToken.ThrowIfCancellationRequested();
        _progress[(tenant, sourceSystem)] = progress;
        return ValueTask.CompletedTask;
    }
}
