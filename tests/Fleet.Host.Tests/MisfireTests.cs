using Fleet.Host.Database;
using Fleet.Host.Fleet;
using Fleet.Host.Flows;
using Fleet.Host.Hosting;
using Fleet.Host.Reporting;
using Fleet.Host.Scheduling;

using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

using Quartz;

namespace Fleet.Host.Tests;

/// <summary>
/// A node that was down finds its overdue triggers in the job store: each flow fires once, now, never once per missed
/// run, and its next run is Core's next one. Real Quartz, on both job stores.
/// </summary>
[Collection(PostgresTests.Name)]
public sealed class MisfireTests(PostgresCluster postgres)
{
    private static readonly FleetOptions Options = new() { Concurrency = 2, MisfireThreshold = TimeSpan.FromSeconds(1) };

    [Theory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task Three_missed_nights_run_once_when_the_node_is_back(DatabaseKind kind)
    {
        var firm = new FleetFirm("firm-1", Vendor.SmartAdvocate, DateTimeZoneProviders.Tzdb["America/New_York"]);
        var flow = new CountingNightlyFlow();
        var database = await TestDatabases.CreateAsync(kind, postgres);
        using var host = FleetHostBuilder.Build(Options, database, [firm], s => s.AddSingleton<INightlyFlow>(flow));
        await host.StartAsync();
        var scheduler = await host.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();

        // The triggers as a node left them three days ago: three nights are overdue.
        await FleetScheduler.RegisterAsync(scheduler, [firm], SystemClock.Instance.GetCurrentInstant() - Duration.FromDays(3), default);
        await WaitUntil(() => flow.Runs(firm.Key) >= 1);
        await Task.Delay(TimeSpan.FromSeconds(3)); // a second run of a missed night would come now

        Assert.Equal(1, flow.Runs(firm.Key));
        var next = await NextFireTime(scheduler, firm, FlowKind.Nightly);
        Assert.Equal(FirmSchedules.For(firm)[FlowKind.Nightly].Next(SystemClock.Instance.GetCurrentInstant()), next);
        await host.StopAsync();
    }

    [Theory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task Missed_document_runs_coalesce_into_one(DatabaseKind kind)
    {
        var firm = new FleetFirm("firm-2", Vendor.MyCase, DateTimeZone.Utc); // documents every 20 minutes
        using var host = FleetHostBuilder.Build(
            Options, await TestDatabases.CreateAsync(kind, postgres), [firm], s => s.AddSingleton<INightlyFlow>(new CountingNightlyFlow()));
        await host.StartAsync();
        var scheduler = await host.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
        var report = host.Services.GetRequiredService<FleetReport>();

        // Three hours down: nine document runs missed.
        await FleetScheduler.RegisterAsync(scheduler, [firm], SystemClock.Instance.GetCurrentInstant() - Duration.FromHours(3), default);
        await WaitUntil(() => DocumentRuns(report) >= 1);
        await Task.Delay(TimeSpan.FromSeconds(3));

        Assert.Equal(1, DocumentRuns(report));
        var next = await NextFireTime(scheduler, firm, FlowKind.Documents);
        Assert.Equal(FirmSchedules.For(firm)[FlowKind.Documents].Next(SystemClock.Instance.GetCurrentInstant()), next);
        await host.StopAsync();
    }

    [Fact]
    public void A_firms_flows_never_overlap()
    {
        // One job per firm, all its flows as triggers of that job: Quartz runs one at a time, across the cluster too.
        Assert.True(typeof(FirmJob).IsDefined(typeof(DisallowConcurrentExecutionAttribute), inherit: false));
    }

    private static int DocumentRuns(FleetReport report) => report.Flows.GetValueOrDefault(FlowKind.Documents)?.Runs ?? 0;

    private static async Task<Instant?> NextFireTime(IScheduler scheduler, FleetFirm firm, FlowKind flow)
    {
        var trigger = await scheduler.GetTrigger(FlowTriggers.TriggerOf(firm.Key, flow));
        return trigger?.NextFireTimeUtc is { } at ? Instant.FromDateTimeOffset(at) : null;
    }

    private static async Task WaitUntil(Func<bool> condition)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (!condition())
        {
            await Task.Delay(100, timeout.Token);
        }
    }
}
