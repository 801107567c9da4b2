namespace Connectors.Core.Checkpoints;

/// <summary>Keeps <see cref="SyncProgress"/> per tenant and source system between runs. The host chooses where.</summary>
public interface ISyncCheckpointStore
{
    /// <summary>The progress saved for a tenant and source system, or <see cref="SyncProgress.None"/>.</summary>
    ValueTask<SyncProgress> LoadAsync(string tenant, string sourceSystem, CancellationToken cancellationToken);

    /// <summary>Saves progress; a save either happens whole or not at all.</summary>
    ValueTask SaveAsync(string tenant, string sourceSystem, SyncProgress progress, CancellationToken cancellationToken);
}
