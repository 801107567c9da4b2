using Connectors.Core.Writes;

using Fleet.Host.Database;
using Fleet.Host.Flows;
using Fleet.Host.Stores;

namespace Fleet.Host.Tests;

/// <summary>The platform outbox store on SQLite and on PostgreSQL: insert-if-absent, bounded batches, mark-once.</summary>
[Collection(PostgresTests.Name)]
public sealed class OutboxStoreTests(PostgresCluster postgres)
{
    private static readonly CancellationToken None = CancellationToken.None;
    private static readonly Instant At = Instant.FromUtc(2026, 12, 7, 2, 0);

    [Theory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task Adding_an_item_again_changes_nothing(DatabaseKind kind)
    {
        var outbox = new AdoPlatformOutbox(await TestDatabases.CreateAsync(kind, postgres));

        Assert.Equal(2, await outbox.AddAsync([Message("f1", "m1", At), Document("f1", "d1", At)], None));
        // A second run of the same night adds the same ids, with another time and text: the first row stays.
        var again = Message("f1", "m1", At + Duration.FromHours(1)) with { Body = "changed" };
        Assert.Equal(1, await outbox.AddAsync([again, Message("f1", "m2", At)], None));

        var messages = await outbox.ReadUndeliveredAsync("f1", OutboxItemKind.Message, 10, null, None);
        Assert.Equal(["m1", "m2"], messages.Select(m => m.ItemId));
        Assert.Equal(Message("f1", "m1", At), messages[0]);
        var document = Assert.Single(await outbox.ReadUndeliveredAsync("f1", OutboxItemKind.Document, 10, null, None));
        Assert.Equal(Document("f1", "d1", At), document);
    }

    [Theory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task Undelivered_items_come_in_bounded_batches_oldest_first_per_firm(DatabaseKind kind)
    {
        var outbox = new AdoPlatformOutbox(await TestDatabases.CreateAsync(kind, postgres));
        await outbox.AddAsync([Message("f1", "c", At), Message("f1", "a", At + Duration.FromMinutes(1)), Message("f1", "b", At)], None);
        await outbox.AddAsync([Message("f2", "x", At), Document("f1", "d", At)], None);

        var first = await outbox.ReadUndeliveredAsync("f1", OutboxItemKind.Message, 2, null, None);
        var second = await outbox.ReadUndeliveredAsync("f1", OutboxItemKind.Message, 2, first[^1], None);

        Assert.Equal(["b", "c"], first.Select(m => m.ItemId)); // same time: by id
        Assert.Equal(["a"], second.Select(m => m.ItemId));
        Assert.Empty(await outbox.ReadUndeliveredAsync("f1", OutboxItemKind.Message, 2, second[^1], None));
    }

    [Theory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task An_item_is_marked_delivered_once_and_is_not_read_again(DatabaseKind kind)
    {
        var outbox = new AdoPlatformOutbox(await TestDatabases.CreateAsync(kind, postgres));
        await outbox.AddAsync([Message("f1", "m1", At), Message("f1", "m2", At)], None);

        Assert.True(await outbox.MarkDeliveredAsync("m1", WriteResultKind.Written, At, None));
        // A second run that found it written (AlreadyWritten) must not overwrite what the first recorded.
        Assert.False(await outbox.MarkDeliveredAsync("m1", WriteResultKind.AlreadyWritten, At, None));
        Assert.False(await outbox.MarkDeliveredAsync("missing", WriteResultKind.Written, At, None));

        Assert.Equal(WriteResultKind.Written, await outbox.DeliveredAsAsync("m1", None));
        Assert.Null(await outbox.DeliveredAsAsync("m2", None));
        Assert.Equal(["m2"], (await outbox.ReadUndeliveredAsync("f1", OutboxItemKind.Message, 10, null, None)).Select(m => m.ItemId));
    }

    private static OutboxItem Message(string tenant, string id, Instant at) =>
        new(tenant, id, OutboxItemKind.Message, "casepeer", "101", null, $"text of {id}", at);

    private static OutboxItem Document(string tenant, string id, Instant at) =>
        new(tenant, id, OutboxItemKind.Document, "casepeer", "102", $"{id}.txt", $"content of {id}", at);
}
