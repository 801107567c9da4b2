using Connectors.Core.Checkpoints;
using Connectors.Core.Windows;

using Fleet.Host.Database;
using Fleet.Host.Stores;

namespace Fleet.Host.Tests;

/// <summary>The night ledger and the checkpoint store that commits a night's checkpoint with its row, on both databases.</summary>
[Collection(PostgresTests.Name)]
public sealed class NightLedgerTests(PostgresCluster postgres)
{
    private static readonly Instant Start = Instant.FromUtc(2026, 12, 7, 2, 0);

    [Theory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task Only_the_save_that_completes_a_run_counts_and_it_commits_with_the_progress(DatabaseKind kind)
    {
        var database = await TestDatabases.CreateAsync(kind, postgres);
        var clock = new NightClock(Start);
        var store = new NightCheckpointStore(database, "firm-1", "n1", clock);
        var ledger = new NightLedger(database);
        var loaded = await store.LoadAsync("firm-1", "casepeer", default);
        var running = loaded.Started(Start, new SyncWindow(Start - Duration.FromDays(30), Start));

        await store.SaveAsync("firm-1", "casepeer", running, default);
        Assert.False(await ledger.IsCheckpointedAsync("firm-1", "n1", default));
        await store.SaveAsync("firm-1", "casepeer", running.Completed(), default);

        Assert.True(await ledger.IsCheckpointedAsync("firm-1", "n1", default));
        Assert.False(await ledger.IsCheckpointedAsync("firm-1", "n2", default));
        Assert.False(await ledger.IsCheckpointedAsync("firm-2", "n1", default));
        var saved = await new AdoSyncCheckpointStore(database).LoadAsync("firm-1", "casepeer", default);
        Assert.Equal(Start, saved.Checkpoint.LastSuccessfulPullStart);
        Assert.Equal(1, Assert.Single(await ledger.ReadAsync("n1", default)).Completions);
    }

    [Theory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task An_abandoned_run_moves_no_checkpoint_and_counts_for_nothing(DatabaseKind kind)
    {
        var database = await TestDatabases.CreateAsync(kind, postgres);
        var store = new NightCheckpointStore(database, "firm-1", "n1", new NightClock(Start));
        var loaded = await store.LoadAsync("firm-1", "casepeer", default);
        var running = loaded.Started(Start, new SyncWindow(Start - Duration.FromDays(30), Start));
        await store.SaveAsync("firm-1", "casepeer", running, default);

        await store.SaveAsync("firm-1", "casepeer", running.Abandoned(), default);

        Assert.False(await new NightLedger(database).IsCheckpointedAsync("firm-1", "n1", default));
        Assert.Empty(await new NightLedger(database).ReadAsync("n1", default));
    }

    [Theory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task Finished_firms_are_counted_per_night_and_a_checkpoint_count_survives_the_finish(DatabaseKind kind)
    {
        var database = await TestDatabases.CreateAsync(kind, postgres);
        var ledger = new NightLedger(database);
        var store = new NightCheckpointStore(database, "firm-1", "n1", new NightClock(Start));
        var running = (await store.LoadAsync("firm-1", "casepeer", default)).Started(Start, new SyncWindow(Start, Start));
        await store.SaveAsync("firm-1", "casepeer", running.Completed(), default);

        await ledger.FinishAsync("firm-1", "n1", Start, default);
        await ledger.FinishAsync("firm-2", "n1", Start, default); // a firm without a checkpoint (no case sync)
        await ledger.FinishAsync("firm-1", "n2", Start, default);
        await ledger.FinishAsync("firm-1", "n1", Start + Duration.FromMinutes(1), default); // a recovered rerun finishes again

        Assert.Equal(2, await ledger.CountFinishedAsync("n1", default));
        Assert.Equal(1, await ledger.CountFinishedAsync("n2", default));
        Assert.Equal(
            [new FirmNight("firm-1", 1, true), new FirmNight("firm-2", 0, true)],
            await ledger.ReadAsync("n1", default));
    }
}
