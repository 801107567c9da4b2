using Connectors.Core.Checkpoints;
using Connectors.Core.Model;
using Connectors.Core.Writes;

using Fleet.Host.Database;
using Fleet.Host.Fleet;
using Fleet.Host.Flows;
using Fleet.Host.Hosting;
using Fleet.Host.Reporting;
using Fleet.Host.Scheduling;
using Fleet.Host.Stores;

using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging.Abstractions;

using Quartz;

namespace Fleet.Host.Tests;

/// <summary>
/// The Documents and Messages flows against the in-process sandbox: the night's platform activity is written to every
/// vendor once, a later night writes only its own items, and a run that died between a write and its mark re-sends the
/// same id without a duplicate in the sandbox's write log.
/// </summary>
[Collection(PostgresTests.Name)]
public sealed class OutboxFlowTests(PostgresCluster postgres)
{
    [Theory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task A_second_night_writes_only_its_own_new_items(DatabaseKind kind)
    {
        var database = await TestDatabases.CreateAsync(kind, postgres);
        await using var sandbox = await FleetSandbox.StartAsync(default);
        var firms = SandboxFirms.OnePerVendor();
        await using var services = await SandboxFirms.ConnectAsync(firms, sandbox, database);
        var clock = new NightClock(SystemClock.Instance.GetCurrentInstant());
        var night = new NightlySync(services, database, clock);
        var delivery = new OutboxDelivery(services, new AdoPlatformOutbox(database), clock, 50, NullLogger.Instance);

        var first = await RunNightsAsync(firms, night, clock.Night, delivery);
        await SandboxFirms.AssertDeliveredOnceAsync(database, sandbox, services, firms, nights: 1);
        clock.NextNight();
        var second = await RunNightsAsync(firms, night, clock.Night, delivery);

        await SandboxFirms.AssertDeliveredOnceAsync(database, sandbox, services, firms, nights: 2);
        Assert.Equal(8, first.Sum(r => r.Delivered));
        Assert.Equal(8, second.Sum(r => r.Delivered));
        Assert.All(second, r => Assert.Equal(0, r.AlreadyWritten)); // the first night's items are never sent again
    }

    [Theory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task A_write_whose_run_died_before_marking_it_delivered_is_not_written_twice(DatabaseKind kind)
    {
        var database = await TestDatabases.CreateAsync(kind, postgres);
        await using var sandbox = await FleetSandbox.StartAsync(default);
        var firms = SandboxFirms.OnePerVendor();
        await using var services = await SandboxFirms.ConnectAsync(firms, sandbox, database);
        var clock = new NightClock(SystemClock.Instance.GetCurrentInstant());
        var outbox = new AdoPlatformOutbox(database);
        var night = new NightlySync(services, database, clock);
        foreach (var firm in firms)
        {
            await night.RunAsync(firm, clock.Night, default);
        }

        // The run that died: each firm's first item of each kind written through the firm's writer, never marked delivered.
        var crashed = 0;
        foreach (var firm in firms)
        {
            crashed += await WriteWithoutMarkingAsync(services, outbox, firm, OutboxItemKind.Message);
            crashed += await WriteWithoutMarkingAsync(services, outbox, firm, OutboxItemKind.Document);
        }

        var delivery = new OutboxDelivery(services, outbox, clock, 50, NullLogger.Instance);
        var results = await RunFlowsAsync(firms, delivery);

        Assert.Equal(5, crashed); // CASEpeer 2, MyCase 1, SmartAdvocate 1, Case Xchange 1
        Assert.Equal(crashed, results.Sum(r => r.AlreadyWritten));
        Assert.Equal(8 - crashed, results.Sum(r => r.Delivered));
        await SandboxFirms.AssertDeliveredOnceAsync(database, sandbox, services, firms, nights: 1);
    }

    [Theory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task Missed_document_runs_coalesce_into_one_that_delivers_every_document_once(DatabaseKind kind)
    {
        var database = await TestDatabases.CreateAsync(kind, postgres);
        await using var sandbox = await FleetSandbox.StartAsync(default);
        var firm = new FleetFirm("mycase-001", Vendor.MyCase, DateTimeZone.Utc); // documents every 20 minutes
        var options = new FleetOptions { Concurrency = 2, MisfireThreshold = TimeSpan.FromSeconds(1) };
        using var host = FleetHostBuilder.Build(
            options, database, [firm], s => s.AddFleetConnectors([firm], sandbox).AddSingleton<INightlyFlow>(new CountingNightlyFlow()));
        await MyCaseFirmAuthorization.AuthorizeAsync(host.Services, [firm], default);
        // Three nights of platform documents, received while the node was down.
        var now = SystemClock.Instance.GetCurrentInstant();
        var clock = new NightClock(now - Duration.FromDays(3));
        var night = new NightlySync(host.Services, database, clock);
        for (var n = 0; n < 3; n++)
        {
            await night.RunAsync(firm, clock.Night, default);
            clock.NextNight();
        }

        await host.StartAsync();
        var scheduler = await host.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
        var report = host.Services.GetRequiredService<FleetReport>();
        // Three hours down: nine document runs missed.
        await FleetScheduler.RegisterAsync(scheduler, [firm], now - Duration.FromHours(3), default);
        using (var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60)))
        {
            while (report.Flows.GetValueOrDefault(FlowKind.Documents) is not { Runs: >= 1 })
            {
                await Task.Delay(100, timeout.Token);
            }
        }

        await Task.Delay(TimeSpan.FromSeconds(3)); // a second run of a missed slot would come now
        await host.StopAsync();

        Assert.Equal(new FlowTotals(1, 3, 0, 0, 0, 0), report.Flows[FlowKind.Documents]);
        var rows = await OutboxRows.OfAsync(database, firm.Key, "document");
        Assert.Equal(3, rows.Count);
        Assert.All(rows, row => Assert.True(row.Value, row.Key));
        Assert.Equal(3, sandbox.TenantOf(firm.Key).Writes.Of("mycase", "document").Count);
    }

    [Theory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task A_Case_Xchange_night_recovered_the_next_day_receives_the_items_of_the_night_it_replaces(DatabaseKind kind)
    {
        var database = await TestDatabases.CreateAsync(kind, postgres);
        await using var sandbox = await FleetSandbox.StartAsync(default);
        var firm = new FleetFirm("casexchange-001", Vendor.CaseXchange, DateTimeZoneProviders.Tzdb["America/New_York"]);
        await using var services = await SandboxFirms.ConnectAsync([firm], sandbox, database);
        var progress = new AdoSyncCheckpointStore(database);
        var started = Instant.FromUtc(2026, 12, 7, 2, 0); // 21:00 on the 6th in New York
        // The night that died after it started: its start is in the progress store.
        var window = new Connectors.Core.Windows.SyncWindow(started, started);
        await progress.SaveAsync(firm.Key, NightlySync.CaseXchangeNight, SyncProgress.None.Started(started, window), default);
        var clock = new NightClock(started + Duration.FromHours(5)); // recovered after midnight

        await new NightlySync(services, database, clock).RunAsync(firm, clock.Night, default);
        clock.NextNight();
        await new NightlySync(services, database, clock).RunAsync(firm, clock.Night, default);

        var ids = (await OutboxRows.OfAsync(database, firm.Key, "message")).Keys.ToList();
        Assert.Equal(4, ids.Count);
        Assert.Equal(2, ids.Count(id => id.Contains(".20261206.", StringComparison.Ordinal))); // the recovered night's
        Assert.Equal(2, ids.Count(id => id.Contains(".20261208.", StringComparison.Ordinal))); // the next night's, from the clock
        Assert.False((await progress.LoadAsync(firm.Key, NightlySync.CaseXchangeNight, default)).IsRunning);
    }

    private static async Task<List<FlowRunResult>> RunNightsAsync(
        IReadOnlyList<FleetFirm> firms, NightlySync night, string nightId, OutboxDelivery delivery)
    {
        foreach (var firm in firms)
        {
            var result = await night.RunAsync(firm, nightId, default);
            Assert.True(result.Succeeded, $"{firm.Key}: {result.Outcome}");
        }

        return await RunFlowsAsync(firms, delivery);
    }

    private static async Task<List<FlowRunResult>> RunFlowsAsync(IReadOnlyList<FleetFirm> firms, OutboxDelivery delivery)
    {
        var results = new List<FlowRunResult>();
        foreach (var firm in firms)
        {
            foreach (var flow in new[] { FlowKind.Documents, FlowKind.Messages })
            {
                if (await delivery.RunAsync(firm, flow, default) is { } result)
                {
                    Assert.Equal(0, result.Unknown + result.Failed);
                    results.Add(result);
                }
            }
        }

        return results;
    }

    private static async Task<int> WriteWithoutMarkingAsync(
        IServiceProvider services, AdoPlatformOutbox outbox, FleetFirm firm, OutboxItemKind kind)
    {
        var items = await outbox.ReadUndeliveredAsync(firm.Key, kind, 1, null, default);
        if (items.Count == 0)
        {
            return 0;
        }

        var item = items[0];
        var key = new CaseKey(item.SourceSystem, item.SourceCaseId);
        var result = kind == OutboxItemKind.Message
            ? await services.GetRequiredKeyedService<ICaseNoteWriter>(firm.Key)
                .WriteNoteAsync(new PlatformMessage(item.ItemId, key, item.Body))
            : await services.GetRequiredKeyedService<ICaseDocumentWriter>(firm.Key).WriteDocumentAsync(
                key, new PlatformDocument(item.ItemId, item.FileName!, System.Text.Encoding.UTF8.GetBytes(item.Body)));
        Assert.Equal(WriteResultKind.Written, result.Kind);
        return 1;
    }
}
