using Connectors.Core.Checkpoints;

using Fleet.Host.Database;
using Fleet.Host.Fleet;
using Fleet.Host.Flows;
using Fleet.Host.Stores;

using Microsoft.Extensions.DependencyInjection;

namespace Fleet.Host.Tests;

/// <summary>A firm's nightly flow end to end: the in-process sandbox over loopback, Core's SyncRunner, the ADO.NET stores.</summary>
[Collection(PostgresTests.Name)]
public sealed class NightlySyncTests(PostgresCluster postgres)
{
    [Theory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task A_CasePeer_night_applies_the_cases_and_the_next_night_has_nothing_to_write(DatabaseKind kind)
    {
        var database = await TestDatabases.CreateAsync(kind, postgres);
        await using var sandbox = await FleetSandbox.StartAsync(default);
        var firm = new FleetFirm("casepeer-001", Vendor.CasePeer, DateTimeZoneProviders.Tzdb["America/New_York"]);
        var services = new ServiceCollection().AddFleetConnectors([firm], sandbox);
        await using var provider = services.BuildServiceProvider();
        var progress = new AdoSyncCheckpointStore(database);
        var night = new NightlySync(provider, database, SystemClock.Instance);

        var first = await night.RunAsync(firm, "2026-12-06", default);
        var second = await night.RunAsync(firm, "2026-12-07", default);

        Assert.True(first.CasesRead > 0);
        Assert.True(first.Writes > 0);
        Assert.Equal("applied", first.Outcome);
        Assert.Equal(0, second.Writes);
        var platform = await new AdoPlatformCaseStore(database, firm.Key).ReadCasesAsync(firm.Key, "casepeer", default);
        Assert.Equal(first.Writes, platform.Count);
        var saved = await progress.LoadAsync(firm.Key, "casepeer", default);
        Assert.True(saved.Checkpoint.FirstSyncCompleted);
        Assert.False(saved.IsRunning);
    }

    [Theory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task A_night_run_again_after_its_checkpoint_is_not_synced_twice(DatabaseKind kind)
    {
        var database = await TestDatabases.CreateAsync(kind, postgres);
        await using var sandbox = await FleetSandbox.StartAsync(default);
        var firm = new FleetFirm("casepeer-001", Vendor.CasePeer, DateTimeZoneProviders.Tzdb["America/New_York"]);
        var services = new ServiceCollection().AddFleetConnectors([firm], sandbox);
        await using var provider = services.BuildServiceProvider();
        var night = new NightlySync(provider, database, SystemClock.Instance);
        var first = await night.RunAsync(firm, "2026-12-06", default);
        var checkpoint = (await new AdoSyncCheckpointStore(database).LoadAsync(firm.Key, "casepeer", default)).Checkpoint;

        // What Quartz's recovery does when the node died after the night's checkpoint: the same night, again.
        var again = await night.RunAsync(firm, "2026-12-06", default);

        Assert.True(first.CasesRead > 0);
        Assert.Equal(NightlySync.AlreadyRan, again.Outcome);
        Assert.Equal(0, again.CasesRead);
        Assert.Equal(checkpoint, (await new AdoSyncCheckpointStore(database).LoadAsync(firm.Key, "casepeer", default)).Checkpoint);
        var row = Assert.Single(await new NightLedger(database).ReadAsync("2026-12-06", default));
        Assert.Equal(1, row.Completions);
    }
}
