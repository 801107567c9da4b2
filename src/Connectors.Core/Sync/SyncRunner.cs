using Connectors.Core.Checkpoints;
using Connectors.Core.Model;
using Connectors.Core.Planning;
using Connectors.Core.Sources;
using Connectors.Core.Windows;
using NodaTime;

namespace Connectors.Core.Sync;

/// <summary>
/// Runs one sync and makes it resumable. It is level-triggered: every run, resumed or not, reads the source and the
/// platform afresh and plans from those snapshots, so work an interrupted run finished is simply no longer in the
/// plan. The progress store keeps what must not move between attempts: the window and the instant the pull started
/// (a resumed run plans exactly as the first attempt would have), and the keys of the writes already applied. The
/// checkpoint advances only once every write of the plan is applied.
/// </summary>
public sealed class SyncRunner
{
    private readonly ICaseSource _source;
    private readonly IPlatformCaseStore _platform;
    private readonly ISyncCheckpointStore _progress;
    private readonly SyncWindowPolicy _windows;
    private readonly IClock _clock;

    /// <summary>Creates a runner for one source.</summary>
    public SyncRunner(ICaseSource source, IPlatformCaseStore platform, ISyncCheckpointStore progress, SyncWindowPolicy windows, IClock clock)
    {
        _source = source ?? throw new ArgumentNullException(nameof(source));
        _platform = platform ?? throw new ArgumentNullException(nameof(platform));
        _progress = progress ?? throw new ArgumentNullException(nameof(progress));
        _windows = windows ?? throw new ArgumentNullException(nameof(windows));
        _clock = clock ?? throw new ArgumentNullException(nameof(clock));
    }

    /// <summary>
    /// Runs the sync, or resumes the one under way. Cancel it at any point: the next call picks up from the store.
    /// </summary>
    /// <param name="settings">The planner settings (tenant, stages, attorneys, policy); its source, target, window and now are filled in by the run.</param>
    /// <param name="cancellationToken">Stops the run; what was applied stays recorded.</param>
    public async Task<SyncRunResult> RunAsync(SyncRequest settings, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var tenant = settings.Tenant;
        var system = _source.SourceSystem;
        var progress = await _progress.LoadAsync(tenant, system, cancellationToken).ConfigureAwait(false);
        var resumed = progress.IsRunning;
        if (!resumed)
        {
            var started = _clock.GetCurrentInstant();
            progress = progress.Started(started, _windows.WindowFor(progress.Checkpoint, started));
            await _progress.SaveAsync(tenant, system, progress, cancellationToken).ConfigureAwait(false);
        }

        var window = progress.Window ?? throw new InvalidOperationException("A running sync must carry its window.");
        var source = new List<SourceCase>();
        await foreach (var item in _source.ReadCasesAsync(window, cancellationToken).ConfigureAwait(false))
        {
            source.Add(item);
        }

        var target = await _platform.ReadCasesAsync(tenant, system, cancellationToken).ConfigureAwait(false);
        var plan = SyncPlanner.Plan(settings with { SourceSystem = system, Now = progress.PullStartedAt!.Value, Window = window, Source = source, Target = target });
        if (plan.RequiresConfirmation)
        {
            return new SyncRunResult(plan, resumed, 0, 0, Completed: false);
        }

        int applied = 0, alreadyDone = 0;
        foreach (var operation in plan.Operations.Where(o => o.IsWrite))
        {
            var key = operation.IdempotencyKey ?? operation.Key.ToString();
            if (progress.CompletedWrites.Contains(key, StringComparer.Ordinal))
            {
                alreadyDone++;
                continue;
            }

            await _platform.ApplyAsync(operation, cancellationToken).ConfigureAwait(false);
            applied++;
            progress = progress.WithWriteDone(key);
            await _progress.SaveAsync(tenant, system, progress, cancellationToken).ConfigureAwait(false);
        }

        await _progress.SaveAsync(tenant, system, progress.Completed(), cancellationToken).ConfigureAwait(false);
        return new SyncRunResult(plan, resumed, applied, alreadyDone, Completed: true);
    }
}
