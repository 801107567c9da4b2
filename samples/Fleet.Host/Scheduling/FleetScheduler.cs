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
            await scheduler.AddJob(JobOf(firm), new AddJobOptions { Replace = true }, cancellationToken).ConfigureAwait(false);
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
    /// documents and messages flows, so the night's outbox items are delivered in the same run. Every firm's trigger is
    /// stored in one transaction: a node that dies while triggering leaves the whole night triggered or none of it, never
    /// a fleet in which some firms wait for a night nobody started.
    /// </summary>
    /// <param name="scheduler">The node's scheduler; in a cluster, any node may run each firm.</param>
    /// <param name="firms">The firms.</param>
    /// <param name="night">The night's id: every firm's run (and a recovered rerun) records under it in the night ledger.</param>
    /// <param name="cancellationToken">Stops the triggering (before the transaction commits: then no firm is triggered).</param>
    public static async Task TriggerNightAsync(
        IScheduler scheduler, IEnumerable<FleetFirm> firms, string night, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scheduler);
        ArgumentNullException.ThrowIfNull(firms);
        ArgumentException.ThrowIfNullOrEmpty(night);
        // Quartz stores jobs with their triggers in one transaction; each firm's job goes in again as it is registered.
        var triggers = firms.ToDictionary(
            JobOf, firm => (IReadOnlyCollection<ITrigger>)[FlowTriggers.Night(firm.Key, night)]);
        await scheduler.ScheduleJobs(triggers, ScheduleJobOptions.Replacing, cancellationToken).ConfigureAwait(false);
    }

    // Recovery on: a firm's run in flight on a node that dies is run again by the node that notices.
    private static IJobDetail JobOf(FleetFirm firm) =>
        JobBuilder.Create<FirmJob>().WithIdentity(FlowTriggers.JobOf(firm.Key)).StoreDurably().RequestRecovery().Build();
}
