using Connectors.MyCase.Authentication;

using Fleet.Host.Database;
using Fleet.Host.Stores;

namespace Fleet.Host.Tests;

/// <summary>The fleet database's MyCase token store, on SQLite and on PostgreSQL: a versioned row, written by compare-and-swap.</summary>
[Collection(PostgresTests.Name)]
public sealed class MyCaseTokenStoreTests(PostgresCluster postgres)
{
    private static readonly CancellationToken None = CancellationToken.None;
    private static readonly Instant Start = Instant.FromUtc(2026, 11, 25, 2, 0) + Duration.FromTicks(1234567);

    [Theory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task A_firm_without_tokens_reads_null_and_the_first_write_inserts_version_1(DatabaseKind kind)
    {
        var store = new AdoMyCaseTokenStore(await TestDatabases.CreateAsync(kind, postgres), "firm-1");

        Assert.Null(await store.ReadAsync(None));
        Assert.False(await store.TrySaveAsync(Pair("1"), null, 1, None)); // no row at version 1 to update
        Assert.True(await store.TrySaveAsync(Pair("1"), null, 0, None));

        var stored = await store.ReadAsync(None);
        Assert.Equal(new MyCaseStoredTokens(Pair("1"), 1), stored);
    }

    [Theory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task Insert_if_absent_loses_to_a_row_that_is_there(DatabaseKind kind)
    {
        var database = await TestDatabases.CreateAsync(kind, postgres);
        var node1 = new AdoMyCaseTokenStore(database, "firm-1");
        var node2 = new AdoMyCaseTokenStore(database, "firm-1");

        Assert.True(await node1.TrySaveAsync(Pair("node-1"), null, 0, None));
        Assert.False(await node2.TrySaveAsync(Pair("node-2"), null, 0, None));

        Assert.Equal("access-node-1", (await node2.ReadAsync(None))!.Tokens.AccessToken);
    }

    [Theory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task Of_two_writers_on_one_version_the_first_wins_and_the_second_changes_nothing(DatabaseKind kind)
    {
        var database = await TestDatabases.CreateAsync(kind, postgres);
        var node1 = new AdoMyCaseTokenStore(database, "firm-1");
        var node2 = new AdoMyCaseTokenStore(database, "firm-1");
        await node1.TrySaveAsync(Pair("1"), null, 0, None);
        var claim1 = new MyCaseRefreshClaim("node-1", Start + Duration.FromSeconds(75));

        Assert.True(await node1.TrySaveAsync(Pair("1"), claim1, 1, None));
        Assert.False(await node2.TrySaveAsync(Pair("1"), new MyCaseRefreshClaim("node-2", Start), 1, None));
        Assert.True(await node1.TrySaveAsync(Pair("2"), null, 2, None));

        Assert.Equal(new MyCaseStoredTokens(Pair("2"), 3), await node2.ReadAsync(None));
    }

    [Theory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task Concurrent_claims_on_one_version_have_exactly_one_winner(DatabaseKind kind)
    {
        var database = await TestDatabases.CreateAsync(kind, postgres);
        await new AdoMyCaseTokenStore(database, "firm-1").TrySaveAsync(Pair("1"), null, 0, None);

        var wins = await Task.WhenAll(Enumerable.Range(0, 8).Select(i => Task.Run(async () =>
            await new AdoMyCaseTokenStore(database, "firm-1").TrySaveAsync(
                Pair("1"), new MyCaseRefreshClaim($"node-{i}", Start), 1, None))));

        Assert.Single(wins, won => won);
        Assert.Equal(2, (await new AdoMyCaseTokenStore(database, "firm-1").ReadAsync(None))!.Version);
    }

    [Theory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task Every_field_round_trips_and_firms_are_kept_apart(DatabaseKind kind)
    {
        var database = await TestDatabases.CreateAsync(kind, postgres);
        var firm1 = new AdoMyCaseTokenStore(database, "firm-1");
        var firm2 = new AdoMyCaseTokenStore(database, "firm-2");
        var full = Pair("1") with { FirmUuid = "6f1c2a8e-firm", Scope = "cases clients" };
        var bare = Pair("2") with { FirmUuid = null, Scope = null };
        var claim = new MyCaseRefreshClaim("owner-abc", Start + Duration.FromTicks(987654321));

        await firm1.TrySaveAsync(full, null, 0, None);
        await firm1.TrySaveAsync(full, claim, 1, None);
        await firm2.TrySaveAsync(bare, null, 0, None);

        Assert.Equal(new MyCaseStoredTokens(full, 2, claim), await firm1.ReadAsync(None));
        Assert.Equal(new MyCaseStoredTokens(bare, 1), await firm2.ReadAsync(None));
    }

    private static MyCaseTokens Pair(string suffix) =>
        new("access-" + suffix, "refresh-" + suffix, Start + Duration.FromHours(24), Start + Duration.FromDays(14), "firm-uuid", "cases");
}
