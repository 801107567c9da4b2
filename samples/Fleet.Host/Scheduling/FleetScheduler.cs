using Fleet.Host.Fleet;

using NodaTime;

using Quartz;

namespace Fleet.Host.Scheduling;

/// <summary>Puts the fleet into Quartz: one durable, recoverable job per firm and one trigger per flow.</summary>
public static class FleetScheduler
{
    /// <summary>
    /// Adds each firm's job and the triggers it lacks. A trigger already in the store is kept as it is: an overdue one
    /// is the night this node (or the cluster) missed, and it must fire once now rather than be pushed to tomorrow.
    /// Safe on every node at once.
    /// </summary>
    public static async Task RegisterAsync(
        IScheduler scheduler, IEnumerable<FleetFirm> firms, Instant now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scheduler);
        ArgumentNullException.ThrowIfNull(firms);
        foreach (var firm in firms)
        {
            // Recovery on: a firm's run in flight on a node that dies is run again by the node that notices.
            var job = JobBuilder.Create<FirmJob>().WithIdentity(FlowTriggers.JobOf(firm.Key)).StoreDurably().RequestRecovery().Build();
            await scheduler.AddJob(job, new AddJobOptions { Replace = true }, cancellationToken).ConfigureAwait(false);
            foreach (var (flow, schedule) in FirmSchedules.For(firm))
            {
                // Keep: an existing trigger (another node's, or an overdue one) wins over the new one.
                var trigger = FlowTriggers.Next(firm.Key, flow, schedule, now);
                await scheduler.ScheduleTrigger(trigger, TriggerConflict.Keep, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    /// <summary>
    /// Runs every firm's night once, now (run-once mode), beside the scheduled triggers: the nightly flow, then its
    /// documents and messages flows, so the night's outbox items are delivered in the same run.
    /// </summary>
    /// <param name="scheduler">The node's scheduler; in a cluster, any node may run each firm.</param>
    /// <param name="firms">The firms.</param>
    /// <param name="night">The night's id: every firm's run (and a recovered rerun) records under it in the night ledger.</param>
    /// <param name="cancellationToken">Stops the triggering.</param>
    public static async Task TriggerNightAsync(
        IScheduler scheduler, IEnumerable<FleetFirm> firms, string night, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scheduler);
        ArgumentNullException.ThrowIfNull(firms);
        ArgumentException.ThrowIfNullOrEmpty(night);
        foreach (var firm in firms)
        {
            var data = new JobDataMap
            {
                [FlowTriggers.FlowKey] = FirmJob.AllFlows,
                [FlowTriggers.ManualKey] = "true",
                [FlowTriggers.NightKey] = night,
            };
            await scheduler.TriggerJob(FlowTriggers.JobOf(firm.Key), data, cancellationToken).ConfigureAwait(false);
        }
    }
}
