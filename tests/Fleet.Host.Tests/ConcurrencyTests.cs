using Fleet.Host.Database;
using Fleet.Host.Fleet;
using Fleet.Host.Flows;
using Fleet.Host.Hosting;
using Fleet.Host.Scheduling;

using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

using Quartz;

namespace Fleet.Host.Tests;

/// <summary>A firm's runs never overlap; different firms run in parallel up to the configured concurrency.</summary>
[Collection(PostgresTests.Name)]
public sealed class ConcurrencyTests(PostgresCluster postgres)
{
    [Fact]
    public async Task Runs_of_one_firm_wait_for_each_other_while_firms_run_side_by_side_up_to_the_concurrency()
    {
        var firms = Enumerable.Range(1, 4).Select(i => new FleetFirm($"firm-{i}", Vendor.SmartAdvocate, DateTimeZone.Utc)).ToList();
        var flow = new OverlapTrackingFlow(TimeSpan.FromSeconds(1));
        var options = new FleetOptions { Concurrency = 3 };
        var database = await TestDatabases.CreateAsync(DatabaseKind.Sqlite, postgres);
        using var host = FleetHostBuilder.Build(options, database, firms, s => s.AddSingleton<INightlyFlow>(flow));
        await host.StartAsync();
        var scheduler = await host.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
        await FleetScheduler.RegisterAsync(scheduler, firms, SystemClock.Instance.GetCurrentInstant(), default);

        // Three nights of every firm fired at once, as a backlog of flows would fire them.
        for (var round = 0; round < 3; round++)
        {
            await FleetScheduler.TriggerNightAsync(scheduler, firms, $"test-night-{round}", default);
        }

        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        while (flow.Runs < 12)
        {
            await Task.Delay(100, timeout.Token);
        }

        Assert.Equal(1, flow.MaxPerFirm);
        Assert.Equal(3, flow.MaxInAll);
        await host.StopAsync();
    }
}
