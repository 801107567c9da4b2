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
/// <remarks>
/// Applied writes are saved in batches (<see cref="WritesPerProgressSave"/>, <see cref="ProgressSaveInterval"/>), not
/// one by one: every save writes the whole progress, so saving after each write cost O(n²) bytes over a large first
/// sync. A run that is cancelled or fails saves what it applied before passing the exception on. Only a run killed
/// outright (the process dies) can leave applied writes unrecorded, at most one batch; the resumed run may then send
/// them again with the same idempotency keys, which <see cref="IPlatformCaseStore.ApplyAsync"/> must absorb (as it
/// always had to for the write in flight).
/// </remarks>
public sealed class SyncRunner
{
    private readonly int _writesPerProgressSave = 100;
    private readonly Duration _progressSaveInterval = Duration.FromSeconds(5);

    private readonly ICaseSource _source;
    private readonly IPlatformCaseStore _platform;
    private readonly ISyncCheckpointStore _progress;
    private readonly SyncWindowPolicy _windows;
    private readonly IClock _clock;

    /// <summary>Creates a runner for one source.</summary>
    public SyncRunner(
        ICaseSource source,
        IPlatformCaseStore platform,
        ISyncCheckpointStore progress,
        SyncWindowPolicy windows,
        IClock clock)
    {
        _source = source ?? throw new ArgumentNullException(nameof(source));
        _platform = platform ?? throw new ArgumentNullException(nameof(platform));
        _progress = progress ?? throw new ArgumentNullException(nameof(progress));
        _windows = windows ?? throw new ArgumentNullException(nameof(windows));
        _clock = clock ?? throw new ArgumentNullException(nameof(clock));
    }

    /// <summary>
    /// How many applied writes are saved together: at most this many can be unrecorded if the process dies. 100 by
    /// default; 1 saves after every write.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">Less than 1.</exception>
    public int WritesPerProgressSave
    {
        get => _writesPerProgressSave;
        init =>
            _writesPerProgressSave = value >= 1
                ? value : throw new ArgumentOutOfRangeException(nameof(value), value, "At least one write per save.");
    }

    /// <summary>
    /// The longest applied writes wait to be saved, by the injected clock, checked after each write: slow writes are
    /// saved before a batch fills. 5 seconds by default.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">Negative.</exception>
    public Duration ProgressSaveInterval
    {
        get => _progressSaveInterval;
        init =>
            _progressSaveInterval = value >= Duration.Zero
                ? value : throw new ArgumentOutOfRangeException(nameof(value), value, "Not negative.");
    }

    /// <summary>
    /// Runs the sync, or resumes the one under way. Cancel it at any point: the next call picks up from the store.
    /// </summary>
    /// <param name="settings">
    /// The planner settings (tenant, stages, attorneys, policy); its source, the source's read report, target, window
    /// and now are filled in by the run. A platform case absent from the read is closed only when the source reported
    /// the read complete for an unbounded window (<see cref="SyncRequest.SourceRead"/>); the windows of
    /// <see cref="SyncWindowPolicy"/> are bounded, so with them absence never closes a case.
    /// </param>
    /// <param name="cancellationToken">Stops the run; what was applied is recorded before the cancellation is passed on.</param>
    /// <returns>
    /// The run; when its plan needs a person's confirmation it is held (<see cref="SyncRunResult.HeldForConfirmation"/>):
    /// nothing is applied, the run stays under way, and it ends with <see cref="ApplyApprovedAsync"/> or <see cref="RejectAsync"/>.
    /// </returns>
    public Task<SyncRunResult> RunAsync(SyncRequest settings, CancellationToken cancellationToken = default) =>
        RunAsync(settings, approval: null, cancellationToken);

    /// <summary>
    /// Applies a plan a person approved after the run held it for confirmation. The run plans again from fresh snapshots
    /// (with the held run's window and pull start) and applies only if that plan is the approved one: same tenant, source
    /// and snapshot fingerprints. The checkpoint then advances as for any applied run.
    /// </summary>
    /// <param name="settings">The same planner settings the held run was given.</param>
    /// <param name="approval">The person's approval of the plan they were shown (<see cref="PlanApproval.Of"/>).</param>
    /// <param name="cancellationToken">Stops the run, as for <see cref="RunAsync(SyncRequest, CancellationToken)"/>.</param>
    /// <exception cref="StaleApprovalException">
    /// The plan made now is not the approved one (the source or the platform changed): nothing is applied, the run stays held.
    /// </exception>
    public Task<SyncRunResult> ApplyApprovedAsync(
        SyncRequest settings,
        PlanApproval approval,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(approval);
        return RunAsync(settings, approval, cancellationToken);
    }

    /// <summary>
    /// Ends the run under way without applying its plan (a person rejected a held plan): the checkpoint stays where it was,
    /// so the next run reads the same changes again and plans them afresh.
    /// </summary>
    /// <param name="tenant">The tenant whose run is rejected.</param>
    /// <param name="cancellationToken">Cancels the save.</param>
    /// <returns>True when a run was under way and is now ended; false when there was none.</returns>
    public async Task<bool> RejectAsync(string tenant, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(tenant);
        var system = _source.SourceSystem;
        var progress = await _progress.LoadAsync(tenant, system, cancellationToken).ConfigureAwait(false);
        if (!progress.IsRunning)
        {
            return false;
        }

        await _progress.SaveAsync(tenant, system, progress.Abandoned(), cancellationToken).ConfigureAwait(false);
        return true;
    }

    private async Task<SyncRunResult> RunAsync(SyncRequest settings, PlanApproval? approval, CancellationToken cancellationToken)
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
        var read = new SourceReadReport(); // completeness is the source's to report, never the host's
        await foreach (var item in _source.ReadSnapshotAsync(window, read, cancellationToken).ConfigureAwait(false))
        {
            source.Add(item);
        }

        var target = await _platform.ReadCasesAsync(tenant, system, cancellationToken).ConfigureAwait(false);
        var plan = SyncPlanner.Plan(settings with
        {
            SourceSystem = system,
            Now = progress.PullStartedAt!.Value,
            Window = window,
            Source = source,
            SourceRead = read,
            Target = target,
        });
        if (approval is not null && !approval.Approves(plan))
        {
            throw new StaleApprovalException(approval, PlanApproval.Of(plan));
        }

        if (plan.RequiresConfirmation && approval is null)
        {
            return new SyncRunResult(plan, resumed, 0, 0, Completed: false);
        }

        int applied = 0, alreadyDone = 0, unsaved = 0;
        var done = new HashSet<string>(progress.CompletedWrites, StringComparer.Ordinal);
        var doneInOrder = new List<string>(progress.CompletedWrites);
        var lastSave = _clock.GetCurrentInstant();
        try
        {
            foreach (var operation in plan.Operations.Where(o => o.IsWrite))
            {
                var key = operation.IdempotencyKey ?? operation.Key.ToString();
                if (done.Contains(key))
                {
                    alreadyDone++;
                    continue;
                }

                await _platform.ApplyAsync(operation, cancellationToken).ConfigureAwait(false);
                applied++;
                done.Add(key);
                doneInOrder.Add(key);
                unsaved++;
                var now = _clock.GetCurrentInstant();
                if (unsaved >= _writesPerProgressSave || now - lastSave >= _progressSaveInterval)
                {
                    progress = progress with { CompletedWrites = [.. doneInOrder] };
                    await _progress.SaveAsync(tenant, system, progress, cancellationToken).ConfigureAwait(false);
                    unsaved = 0;
                    lastSave = now;
                }
            }
        }
        catch (Exception) when (unsaved > 0)
        {
            // Record what did apply before passing the failure on. Not with the run's token: its cancellation is the
            // likeliest failure, and the save is one small write.
            await _progress.SaveAsync(
                tenant,
                system,
                progress with { CompletedWrites = [.. doneInOrder] },
                CancellationToken.None).ConfigureAwait(false);
            throw;
        }

        // Completing clears the recorded writes, so the last batch needs no save of its own.
        await _progress.SaveAsync(tenant, system, progress.Completed(), cancellationToken).ConfigureAwait(false);
        return new SyncRunResult(plan, resumed, applied, alreadyDone, Completed: true);
    }
}
