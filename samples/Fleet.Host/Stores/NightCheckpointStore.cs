using Connectors.Core.Checkpoints;
using Connectors.Core.Windows;

using Fleet.Host.Database;

using NodaTime;

namespace Fleet.Host.Stores;

/// <summary>
/// The checkpoint store of one firm night: progress saves go to <see cref="AdoSyncCheckpointStore"/>, and the save that
/// completes the run commits in one transaction with the night's <see cref="NightLedger"/> row. A node that dies after
/// that commit leaves a night that is done; one that dies before it leaves a run that resumes.
/// </summary>
public sealed class NightCheckpointStore(FleetDatabase database, string firmKey, string night, IClock clock) : ISyncCheckpointStore
{
    private readonly AdoSyncCheckpointStore _progress = new(database);
    private SyncCheckpoint? _loaded;

    /// <inheritdoc />
    public async ValueTask<SyncProgress> LoadAsync(string tenant, string sourceSystem, CancellationToken cancellationToken)
    {
        var progress = await _progress.LoadAsync(tenant, sourceSystem, cancellationToken).ConfigureAwait(false);
        _loaded = progress.Checkpoint;
        return progress;
    }

    /// <inheritdoc />
    public async ValueTask SaveAsync(string tenant, string sourceSystem, SyncProgress progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(progress);
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await AdoSyncCheckpointStore.SaveAsync(connection, transaction, tenant, sourceSystem, progress, cancellationToken)
            .ConfigureAwait(false);
        // A completed run moves the checkpoint; an abandoned one (a rejected plan) does not, and counts for nothing.
        if (!progress.IsRunning && progress.Checkpoint != _loaded)
        {
            await NightLedger.RecordCheckpointAsync(
                connection, transaction, firmKey, night, clock.GetCurrentInstant(), cancellationToken).ConfigureAwait(false);
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
    }
}
