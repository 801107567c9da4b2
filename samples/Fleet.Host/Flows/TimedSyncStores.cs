using Connectors.Core.Checkpoints;
using Connectors.Core.Model;
using Connectors.Core.Planning;
using Connectors.Core.Sync;

using Fleet.Host.Reporting;

namespace Fleet.Host.Flows;

/// <summary>
/// Times a platform case store's reads and writes (<see cref="FleetPhase.PlatformRead"/>, <see cref="FleetPhase.PlatformApply"/>).
/// </summary>
internal sealed class TimedPlatformCaseStore(IPlatformCaseStore inner, PhaseTimings timings) : IPlatformCaseStore
{
    public async Task<IReadOnlyList<TargetCase>> ReadCasesAsync(string tenant, string sourceSystem, CancellationToken cancellationToken)
    {
        using var _ = timings.Measure(FleetPhase.PlatformRead);
        return await inner.ReadCasesAsync(tenant, sourceSystem, cancellationToken).ConfigureAwait(false);
    }

    public async Task ApplyAsync(SyncOperation operation, CancellationToken cancellationToken)
    {
        using var _ = timings.Measure(FleetPhase.PlatformApply);
        await inner.ApplyAsync(operation, cancellationToken).ConfigureAwait(false);
    }
}

/// <summary>Times a checkpoint store's loads and saves (<see cref="FleetPhase.Checkpoint"/>).</summary>
internal sealed class TimedCheckpointStore(ISyncCheckpointStore inner, PhaseTimings timings) : ISyncCheckpointStore
{
    public async ValueTask<SyncProgress> LoadAsync(string tenant, string sourceSystem, CancellationToken cancellationToken)
    {
        using var _ = timings.Measure(FleetPhase.Checkpoint);
        return await inner.LoadAsync(tenant, sourceSystem, cancellationToken).ConfigureAwait(false);
    }

    public async ValueTask SaveAsync(string tenant, string sourceSystem, SyncProgress progress, CancellationToken cancellationToken)
    {
        using var _ = timings.Measure(FleetPhase.Checkpoint);
        await inner.SaveAsync(tenant, sourceSystem, progress, cancellationToken).ConfigureAwait(false);
    }
}
