using Fleet.Host.Database;
using Fleet.Host.Fleet;
using Fleet.Host.Hosting;
using Fleet.Host.Scheduling;

using Microsoft.Extensions.DependencyInjection;

using Quartz;

namespace Fleet.Host.Tests;

/// <summary>
/// Triggering a night by hand: the node that triggers it may die while it does (the failover test caught the last firms of
/// a fleet never triggered, their night waited for forever). The night must be triggered for every firm or for none.
/// </summary>
[Collection(PostgresTests.Name)]
public sealed class NightTriggerTests(PostgresCluster postgres)
{
    [Theory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task A_night_stopped_while_it_is_triggered_is_triggered_for_every_firm_or_for_none(DatabaseKind kind)
    {
        var database = await TestDatabases.CreateAsync(kind, postgres);
        var firms = SampleFleet.Create(firmsPerVendor: 3);
        using var host = FleetHostBuilder.Build(new FleetOptions(), database, firms, _ => { });
        // Not started: nothing fires, the store keeps what was triggered.
        var scheduler = await host.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
        await FleetScheduler.RegisterAsync(scheduler, firms, SystemClock.Instance.GetCurrentInstant(), default);
        using var stop = new CancellationTokenSource();
        // The node "dies" as soon as the store has a firm's night trigger: the triggering is stopped there.
        scheduler.ListenerManager.AddSchedulerListener(new StopOnFirstScheduled(stop));

        try
        {
            await FleetScheduler.TriggerNightAsync(scheduler, firms, "stopped-night", stop.Token);
        }
        catch (OperationCanceledException)
        {
            // Stopped before the night was stored; what the store holds is checked below.
        }

        var triggered = 0;
        foreach (var firm in firms)
        {
            var triggers = await scheduler.GetTriggersOfJob(FlowTriggers.JobOf(firm.Key));
            triggered += triggers.Count(t => t.JobDataMap.ContainsKey(FlowTriggers.ManualKey));
        }

        Assert.True(stop.IsCancellationRequested, "the triggering was never stopped");
        Assert.True(triggered == 0 || triggered == firms.Count, $"{triggered} of {firms.Count} firms were triggered");
        await scheduler.Shutdown();
    }

    private sealed class StopOnFirstScheduled(CancellationTokenSource stop) : ISchedulerListener
    {
        public ValueTask JobScheduled(IScheduler scheduler, ITrigger trigger, CancellationToken cancellationToken = default)
        {
            if (trigger.JobDataMap.ContainsKey(FlowTriggers.ManualKey))
            {
                stop.Cancel();
            }

            return ValueTask.CompletedTask;
        }
    }
}
