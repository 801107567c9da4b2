using Connectors.Core.Checkpoints;
using Connectors.Core.Model;
using Connectors.Core.Planning;
using Connectors.Core.Windows;

using Fleet.Host.Database;
using Fleet.Host.Fleet;
using Fleet.Host.Stores;

namespace Fleet.Host.Tests;

/// <summary>The ADO.NET stores, each on SQLite and on PostgreSQL.</summary>
[Collection(PostgresTests.Name)]
public sealed class StoreTests(PostgresCluster postgres)
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Theory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task Schema_install_is_safe_to_repeat(DatabaseKind kind)
    {
        var database = await TestDatabases.CreateAsync(kind, postgres);
        await SchemaInstaller.EnsureAsync(database, None);
        await new FirmTable(database).SaveAsync([new FleetFirm("f1", Vendor.MyCase, DateTimeZone.Utc)], None);
        await SchemaInstaller.EnsureAsync(database, None);
        Assert.Single(await new FirmTable(database).ReadAllAsync(None));
    }

    [Theory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task Checkpoint_store_has_no_progress_before_the_first_save(DatabaseKind kind)
    {
        var store = new AdoSyncCheckpointStore(await TestDatabases.CreateAsync(kind, postgres));
        Assert.Equal(SyncProgress.None, await store.LoadAsync("firm-1", "casepeer", None));
    }

    [Theory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task Checkpoint_store_round_trips_a_run_under_way_and_keeps_tenants_apart(DatabaseKind kind)
    {
        var store = new AdoSyncCheckpointStore(await TestDatabases.CreateAsync(kind, postgres));
        var started = Instant.FromUtc(2026, 11, 25, 2, 0, 0) + Duration.FromTicks(1234567);
        var applied = new SyncProgress(SyncCheckpoint.None.Applied(started - Duration.FromDays(1)));
        var running = applied.Started(started, new SyncWindow(started - Duration.FromDays(365), started)) with
        {
            Cursor = "page-3",
            CompletedWrites = ["key-a", "key-b"],
        };

        await store.SaveAsync("firm-1", "casepeer", running, None);
        await store.SaveAsync("firm-2", "casepeer", SyncProgress.None.Started(started, new SyncWindow(started, started)), None);
        var loaded = await store.LoadAsync("firm-1", "casepeer", None);

        Assert.Equal(running.Checkpoint, loaded.Checkpoint);
        Assert.Equal(running.PullStartedAt, loaded.PullStartedAt);
        Assert.Equal(running.Window, loaded.Window);
        Assert.Equal("page-3", loaded.Cursor);
        Assert.Equal(["key-a", "key-b"], loaded.CompletedWrites);
        Assert.Equal(SyncProgress.None, await store.LoadAsync("firm-1", "mycase", None));
    }

    [Theory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task Checkpoint_store_overwrites_with_the_completed_run(DatabaseKind kind)
    {
        var store = new AdoSyncCheckpointStore(await TestDatabases.CreateAsync(kind, postgres));
        var started = Instant.FromUtc(2026, 11, 25, 2, 0);
        var running = SyncProgress.None.Started(started, new SyncWindow(started - Duration.FromDays(3650), started)) with
        {
            CompletedWrites = ["k"],
        };
        await store.SaveAsync("firm-1", "casepeer", running, None);
        await store.SaveAsync("firm-1", "casepeer", running.Completed(), None);

        var loaded = await store.LoadAsync("firm-1", "casepeer", None);

        Assert.False(loaded.IsRunning);
        Assert.True(loaded.Checkpoint.FirstSyncCompleted);
        Assert.Equal(started, loaded.Checkpoint.LastSuccessfulPullStart);
        Assert.Empty(loaded.CompletedWrites);
    }

    [Theory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task Platform_store_applies_creates_and_updates_per_tenant(DatabaseKind kind)
    {
        var database = await TestDatabases.CreateAsync(kind, postgres);
        var firm1 = new AdoPlatformCaseStore(database, "firm-1");
        var firm2 = new AdoPlatformCaseStore(database, "firm-2");

        await firm1.ApplyAsync(Write(OperationKind.Create, "c-1", "Intake", "k1"), None);
        await firm1.ApplyAsync(Write(OperationKind.Update, "c-1", "Demand", "k2"), None);
        await firm2.ApplyAsync(Write(OperationKind.Create, "c-1", "Intake", "k3"), None);

        var cases = await firm1.ReadCasesAsync("firm-1", "casepeer", None);
        Assert.Equal("Demand", Assert.Single(cases).Stage);
        Assert.Equal("Intake", Assert.Single(await firm2.ReadCasesAsync("firm-2", "casepeer", None)).Stage);
        Assert.Empty(await firm1.ReadCasesAsync("firm-1", "mycase", None));
    }

    [Theory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task Platform_store_ignores_a_repeated_idempotency_key(DatabaseKind kind)
    {
        var store = new AdoPlatformCaseStore(await TestDatabases.CreateAsync(kind, postgres), "firm-1");
        await store.ApplyAsync(Write(OperationKind.Create, "c-1", "Intake", "same-key"), None);
        await store.ApplyAsync(Write(OperationKind.Update, "c-1", "Settled", "other-key"), None);

        // A resumed run repeats the create it had applied before it died: the later update must survive.
        await store.ApplyAsync(Write(OperationKind.Create, "c-1", "Intake", "same-key"), None);

        Assert.Equal("Settled", Assert.Single(await store.ReadCasesAsync("firm-1", "casepeer", None)).Stage);
    }

    [Theory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task Firm_table_adds_and_updates_firms(DatabaseKind kind)
    {
        var table = new FirmTable(await TestDatabases.CreateAsync(kind, postgres));
        var chicago = DateTimeZoneProviders.Tzdb["America/Chicago"];
        await table.SaveAsync([new FleetFirm("b", Vendor.CasePeer, DateTimeZone.Utc), new FleetFirm("a", Vendor.MyCase, chicago)], None);
        await table.SaveAsync([new FleetFirm("b", Vendor.SmartAdvocate, chicago)], None);

        var firms = await table.ReadAllAsync(None);

        Assert.Equal([new FleetFirm("a", Vendor.MyCase, chicago), new FleetFirm("b", Vendor.SmartAdvocate, chicago)], firms);
    }

    private static SyncOperation Write(OperationKind kind, string sourceId, string stage, string key) => new()
    {
        Kind = kind,
        SourceSystem = "casepeer",
        SourceId = sourceId,
        IdempotencyKey = key,
        Target = new TargetCase(new CaseKey("casepeer", sourceId), "Personal Injury", stage, false, ClientContact.Empty, null),
    };
}
