using Fleet.Host.Database;
using Fleet.Host.Fleet;
using Fleet.Host.Flows;
using Fleet.Host.Hosting;
using Fleet.Host.Reporting;
using Fleet.Host.Stores;

using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

using NodaTime;

using Quartz;

namespace Fleet.Host.Scheduling;

/// <summary>
/// A firm's one Quartz job, fired by each of its flow triggers. <see cref="DisallowConcurrentExecutionAttribute"/> keeps
/// a firm's flows from overlapping across the whole cluster (its vendor rate limit and token refresh stay in one process
/// at a time), while different firms run in parallel up to the scheduler's thread pool size. A trigger runs one flow; a
/// night also delivers the outbox flows the firm has no trigger for (SmartAdvocate and Case Xchange notes); a run started
/// by hand with <see cref="AllFlows"/> runs the night, then documents, then messages, in this one execution.
/// </summary>
[DisallowConcurrentExecution]
public sealed partial class FirmJob(
    FleetRegistry registry,
    INightlyFlow nightly,
    FleetReport report,
    IServiceProvider services,
    FleetDatabase database,
    IClock clock,
    PhaseTimings timings,
    ILogger<FirmJob> logger)
    : IJob
{
    /// <summary>The flow value (job data <see cref="FlowTriggers.FlowKey"/>) that runs all of the firm's flows in order.</summary>
    public const string AllFlows = "All";

    private static readonly FlowKind[] OutboxFlows = [FlowKind.Documents, FlowKind.Messages];

    /// <inheritdoc />
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        using var _ = timings.Measure(FleetPhase.Job);
        var firmKey = context.JobDetail.Key.Name;
        var ct = cancellationToken;
        if (registry.Find(firmKey) is not { } firm)
        {
            LogUnknownFirm(logger, firmKey);
            return;
        }

        // The firm's connector services exist while it runs, then go: a node holds those of the firms running at once.
        var lease = services.GetService<FirmContainers>()?.Hold(firmKey) ?? FirmContainers.Lease.None;
        await using (lease.ConfigureAwait(false))
        {
            await ExecuteAsync(context, firm, ct).ConfigureAwait(false);
        }
    }

    private async Task ExecuteAsync(IJobExecutionContext context, FleetFirm firm, CancellationToken ct)
    {
        var firmKey = firm.Key;

        var ledger = new NightLedger(database);
        var data = context.MergedJobDataMap;
        var value = data.GetString(FlowTriggers.FlowKey);
        var nightId = data.GetString(FlowTriggers.NightKey);
        var manual = data.ContainsKey(FlowTriggers.ManualKey);
        if (context.Recovering && value is null)
        {
            // Quartz's recovery trigger may come without the data of the trigger it replaces: a night run by hand is in
            // the ledger (recorded when it started), a scheduled flow is named by the original trigger's key.
            nightId = await ledger.UnfinishedNightAsync(firm.Key, ct).ConfigureAwait(false);
            manual = nightId is not null;
            value = manual ? AllFlows : FlowOfTrigger(data.GetString(SchedulerConstants.FailedJobOriginalTriggerName));
        }

        var all = value == AllFlows;
        var flow = all ? FlowKind.Nightly : Enum.Parse<FlowKind>(value ?? nameof(FlowKind.Nightly));
        if (context.Recovering)
        {
            LogRecovered(logger, firmKey, all ? AllFlows : flow.ToString(), nightId ?? "-");
            report.RecordRecovered();
        }

        if (!manual)
        {
            // The next run is in the store before this one does any work: if this node dies mid-run, Quartz's recovery
            // re-runs this one elsewhere and the next is already scheduled.
            await ScheduleNextAsync(context.Scheduler, firm, flow, ct).ConfigureAwait(false);
        }
        else if (nightId is not null)
        {
            using var ledgerTime = timings.Measure(FleetPhase.Ledger);
            await ledger.StartAsync(firm.Key, nightId, clock.GetCurrentInstant(), ct).ConfigureAwait(false);
        }

        LogStarted(logger, firmKey, all ? AllFlows : flow.ToString(), context.Recovering);
        if (flow != FlowKind.Nightly)
        {
            await DeliverAsync(firm, flow, scheduled: true, ct).ConfigureAwait(false);
            return;
        }

        nightId ??= NightOf(context, firm);
        var night = await RunNightAsync(firm, nightId, ct).ConfigureAwait(false);
        // After the night, so its outbox items go out in the same execution: all of them when run by hand, else those of
        // the flows without a trigger of their own.
        var scheduledFlows = FirmSchedules.For(firm);
        foreach (var outboxFlow in OutboxFlows.Where(f => all || !scheduledFlows.ContainsKey(f)))
        {
            await DeliverAsync(firm, outboxFlow, scheduled: false, ct).ConfigureAwait(false);
        }

        // Last: the run-once mode waits for these (this node's report, every node's ledger), so the night counts as done
        // once its deliveries are.
        using (timings.Measure(FleetPhase.Ledger))
        {
            await ledger.FinishAsync(firm.Key, nightId, clock.GetCurrentInstant(), ct).ConfigureAwait(false);
        }

        report.RecordNight(night, manual);
    }

    private async Task DeliverAsync(FleetFirm firm, FlowKind flow, bool scheduled, CancellationToken ct)
    {
        var options = services.GetService<FleetOptions>() ?? new FleetOptions();
        var delivery = new OutboxDelivery(services, new AdoPlatformOutbox(database), clock, options.OutboxBatchSize, logger);
        FlowRunResult? result;
        try
        {
            using var _ = timings.Measure(flow == FlowKind.Documents ? FleetPhase.Documents : FleetPhase.Messages);
            result = await delivery.RunAsync(firm, flow, ct).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            LogFlowFailed(logger, firm.Key, flow, exception.GetType().Name);
            result = FlowRunResult.Empty(firm.Key, flow) with { RunFailure = exception.GetType().Name };
        }

        if (result is null && !scheduled)
        {
            return; // the firm's connector does not write this kind, and nothing asked for the flow by name
        }

        result ??= FlowRunResult.Empty(firm.Key, flow);
        LogFlow(logger, firm.Key, flow, result.Delivered, result.AlreadyWritten, result.Unknown, result.Failed);
        report.RecordFlow(result);
    }

    // A scheduled night is the date of its fire time in the firm's zone (a recovered run keeps the fire time of the run it
    // replaces); a night run by hand carries its own id.
    private static string NightOf(IJobExecutionContext context, FleetFirm firm) =>
        Instant.FromDateTimeOffset(context.ScheduledFireTimeUtc ?? context.FireTimeUtc).InZone(firm.Zone).Date
            .ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    // "{firm}.{Flow}", the key FlowTriggers gives a flow's trigger; null when it is not one of those.
    private static string? FlowOfTrigger(string? triggerName) =>
        triggerName?.LastIndexOf('.') is { } dot and >= 0 && Enum.TryParse<FlowKind>(triggerName[(dot + 1)..], out var flow)
            ? flow.ToString()
            : null;

    private async Task<FirmNightResult> RunNightAsync(FleetFirm firm, string nightId, CancellationToken ct)
    {
        FirmNightResult result;
        try
        {
            result = await nightly.RunAsync(firm, nightId, ct).ConfigureAwait(false);
            LogNight(logger, firm.Key, result.CasesRead, result.Writes, result.Outcome);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // The type only: a vendor's message may quote data. The progress store keeps what was applied for the retry.
            LogNightFailed(logger, firm.Key, exception.GetType().Name);
            var failure = exception.GetType().Name;
            result = new FirmNightResult(firm.Key, firm.Vendor, 0, 0, new Dictionary<string, int>(), failure) { Succeeded = false };
        }

        return result;
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

    [LoggerMessage(Level = LogLevel.Warning, Message = "Firm {FirmKey}: {Flow} recovered from a node that died (night {Night}).")]
    private static partial void LogRecovered(ILogger logger, string firmKey, string flow, string night);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Firm {FirmKey}: {Flow} started (recovering: {Recovering}).")]
    private static partial void LogStarted(ILogger logger, string firmKey, string flow, bool recovering);

    [LoggerMessage(
        Level = LogLevel.Information,
        Message = "Firm {FirmKey}: {Flow} delivered {Delivered}, already written {AlreadyWritten}, unknown {Unknown}, failed {Failed}.")]
    private static partial void LogFlow(
        ILogger logger, string firmKey, FlowKind flow, int delivered, int alreadyWritten, int unknown, int failed);

    [LoggerMessage(Level = LogLevel.Error, Message = "Firm {FirmKey}: {Flow} failed with {ExceptionType}.")]
    private static partial void LogFlowFailed(ILogger logger, string firmKey, FlowKind flow, string exceptionType);

    [LoggerMessage(Level = LogLevel.Information, Message = "Firm {FirmKey}: night read {CasesRead} cases, wrote {Writes}, {Outcome}.")]
    private static partial void LogNight(ILogger logger, string firmKey, int casesRead, int writes, string outcome);

    [LoggerMessage(Level = LogLevel.Error, Message = "Firm {FirmKey}: night failed with {ExceptionType}.")]
    private static partial void LogNightFailed(ILogger logger, string firmKey, string exceptionType);
}
