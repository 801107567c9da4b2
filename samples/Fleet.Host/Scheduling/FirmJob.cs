using Fleet.Host.Fleet;
using Fleet.Host.Flows;
using Fleet.Host.Reporting;

using Microsoft.Extensions.Logging;

using NodaTime;

using Quartz;

namespace Fleet.Host.Scheduling;

/// <summary>
/// A firm's one Quartz job, fired by each of its flow triggers. <see cref="DisallowConcurrentExecutionAttribute"/> keeps
/// a firm's flows from overlapping across the whole cluster (its vendor rate limit and token refresh stay in one process
/// at a time), while different firms run in parallel up to the scheduler's thread pool size.
/// </summary>
[DisallowConcurrentExecution]
public sealed partial class FirmJob(FleetRegistry registry, INightlyFlow nightly, FleetReport report, IClock clock, ILogger<FirmJob> logger)
    : IJob
{
    /// <inheritdoc />
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        var firmKey = context.JobDetail.Key.Name;
        var flow = Enum.Parse<FlowKind>(context.MergedJobDataMap.GetString(FlowTriggers.FlowKey) ?? nameof(FlowKind.Nightly));
        var manual = context.MergedJobDataMap.ContainsKey(FlowTriggers.ManualKey);
        var ct = cancellationToken;
        if (registry.Find(firmKey) is not { } firm)
        {
            LogUnknownFirm(logger, firmKey);
            return;
        }

        if (!manual)
        {
            // The next run is in the store before this one does any work: if this node dies mid-run, Quartz's recovery
            // re-runs this one elsewhere and the next is already scheduled.
            await ScheduleNextAsync(context.Scheduler, firm, flow, ct).ConfigureAwait(false);
        }

        LogStarted(logger, firmKey, flow, context.Recovering);
        switch (flow)
        {
            case FlowKind.Nightly:
                await RunNightAsync(firm, manual, ct).ConfigureAwait(false);
                break;
            default:
                // Not done yet (issue 17): documents and messages are scheduled, coalesced and serialised with the
                // firm's night, but their work is a stub that only records the run.
                report.RecordStubRun(flow);
                break;
        }
    }

    private async Task RunNightAsync(FleetFirm firm, bool manual, CancellationToken ct)
    {
        FirmNightResult result;
        try
        {
            result = await nightly.RunAsync(firm, ct).ConfigureAwait(false);
            LogNight(logger, firm.Key, result.CasesRead, result.Writes, result.Outcome);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // The type only: a vendor's message may quote data. The progress store keeps what was applied for the retry.
            LogNightFailed(logger, firm.Key, exception.GetType().Name);
            var failure = exception.GetType().Name;
            result = new FirmNightResult(firm.Key, firm.Vendor, 0, 0, new Dictionary<string, int>(), failure) { Succeeded = false };
        }

        report.RecordNight(result, manual);
    }

    private async Task ScheduleNextAsync(IScheduler scheduler, FleetFirm firm, FlowKind flow, CancellationToken ct)
    {
        if (!FirmSchedules.For(firm).TryGetValue(flow, out var schedule))
        {
            return;
        }

        // From now, not from the missed fire time: a night run late runs once, and the next is tomorrow's.
        var next = FlowTriggers.Next(firm.Key, flow, schedule, clock.GetCurrentInstant());
        if (await scheduler.RescheduleJob(next.Key, next, ct).ConfigureAwait(false) is null)
        {
            // Recovered after a crash, the one-shot trigger may be gone already: schedule it anew.
            await scheduler.ScheduleTrigger(next, TriggerConflict.Replace, ct).ConfigureAwait(false);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Firm {FirmKey} fired but is not in this node's fleet; skipped.")]
    private static partial void LogUnknownFirm(ILogger logger, string firmKey);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Firm {FirmKey}: {Flow} started (recovering: {Recovering}).")]
    private static partial void LogStarted(ILogger logger, string firmKey, FlowKind flow, bool recovering);

    [LoggerMessage(Level = LogLevel.Information, Message = "Firm {FirmKey}: night read {CasesRead} cases, wrote {Writes}, {Outcome}.")]
    private static partial void LogNight(ILogger logger, string firmKey, int casesRead, int writes, string outcome);

    [LoggerMessage(Level = LogLevel.Error, Message = "Firm {FirmKey}: night failed with {ExceptionType}.")]
    private static partial void LogNightFailed(ILogger logger, string firmKey, string exceptionType);
}
