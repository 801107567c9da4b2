using Connectors.Core.Scheduling;

using Fleet.Host.Fleet;

using NodaTime;

using Quartz;
using Quartz.Extensibility;

namespace Fleet.Host.Scheduling;

/// <summary>
/// Quartz keys and triggers of the fleet. Each flow's trigger is a one-shot trigger at the next instant of the flow's
/// Core <see cref="ISchedule"/>; the firm's job schedules the following one when it fires. So Core alone decides fire
/// times (DST included), and a node that was down finds one overdue trigger per flow, which fires once, now
/// (misfire: fire now), however many nights or document runs it missed: missed runs coalesce by construction.
/// </summary>
public static class FlowTriggers
{
    /// <summary>The job data key naming the flow a trigger runs.</summary>
    public const string FlowKey = "flow";

    /// <summary>The job data key naming the night a run started by hand belongs to (see <c>NightLedger</c>).</summary>
    public const string NightKey = "night";

    /// <summary>The job data key marking a run started by hand (run-once mode), which schedules nothing.</summary>
    public const string ManualKey = "manual";

    private const string JobGroup = "fleet-firms";
    /// <summary>The Quartz group of the flows' scheduled triggers.</summary>
    internal const string TriggerGroup = "fleet-flows";

    /// <summary>The Quartz group of the triggers of nights run by hand (<see cref="Night"/>).</summary>
    internal const string NightGroup = "fleet-nights";

    /// <summary>The firm's one job.</summary>
    public static JobKey JobOf(string firmKey) => new(firmKey, JobGroup);

    /// <summary>The trigger of one of the firm's flows.</summary>
    public static TriggerKey TriggerOf(string firmKey, FlowKind flow) => new($"{firmKey}.{flow}", TriggerGroup);

    /// <summary>The flow's trigger for its first run strictly after <paramref name="after"/>, by Core's schedule.</summary>
    public static ITrigger Next(string firmKey, FlowKind flow, ISchedule schedule, Instant after)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        return TriggerBuilder.Create()
            .WithIdentity(TriggerOf(firmKey, flow))
            .ForJob(JobOf(firmKey))
            .UsingJobData(FlowKey, flow.ToString())
            .StartAt(schedule.Next(after).ToDateTimeOffset())
            .WithSimpleSchedule(s => s.WithRepeatCount(0).WithMisfireInstruction(SimpleTriggerMisfireInstruction.FireNow))
            .Build();
    }

    /// <summary>
    /// The trigger of a night run by hand: the firm's flows in one execution (<see cref="FirmJob.AllFlows"/>), now, named
    /// by firm and night. A node that cannot fire it in time (misfire) fires it as soon as it can.
    /// </summary>
    public static ITrigger Night(string firmKey, string night) =>
        TriggerBuilder.Create()
            .WithIdentity(new TriggerKey($"{firmKey}.{night}", NightGroup))
            .ForJob(JobOf(firmKey))
            .UsingJobData(FlowKey, FirmJob.AllFlows)
            .UsingJobData(ManualKey, "true")
            .UsingJobData(NightKey, night)
            .StartNow()
            .WithSimpleSchedule(s => s.WithRepeatCount(0).WithMisfireInstruction(SimpleTriggerMisfireInstruction.FireNow))
            .Build();

    /// <summary>When Quartz will fire <paramref name="trigger"/> first, as an instant (what the job store keeps).</summary>
    public static Instant? FirstFireTime(ITrigger trigger)
    {
        ArgumentNullException.ThrowIfNull(trigger);
        var operable = (IOperableTrigger)trigger.Clone();
        return operable.ComputeFirstFireTimeUtc(null) is { } at ? Instant.FromDateTimeOffset(at) : null;
    }
}
