using Connectors.Core.Writes;

using Fleet.Host.Database;
using Fleet.Host.Fleet;
using Fleet.Host.Flows;
using Fleet.Host.Stores;

using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace Fleet.Host.Tests;

/// <summary>
/// The outbox flows' handling of each item's outcome, with a scripted writer: an unknown outcome and a failure stay for the
/// next run (which sends the same id), in batches smaller than the outbox; and the platform activity stand-in.
/// </summary>
[Collection(PostgresTests.Name)]
public sealed class OutboxDeliveryTests(PostgresCluster postgres)
{
    private static readonly FleetFirm Firm = new("casepeer-001", Vendor.CasePeer, DateTimeZoneProviders.Tzdb["America/New_York"]);
    private static readonly Instant Night = Instant.FromUtc(2026, 12, 7, 2, 0); // 21:00 on the 6th in New York

    [Theory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task Unknown_outcomes_and_failures_stay_undelivered_and_go_out_on_a_later_run(DatabaseKind kind)
    {
        var database = await TestDatabases.CreateAsync(kind, postgres);
        var outbox = new AdoPlatformOutbox(database);
        var writer = new ScriptedNoteWriter { Unknown = { "m2" }, Failing = { "m4" } };
        await using var services = new ServiceCollection().AddKeyedSingleton<ICaseNoteWriter>(Firm.Key, writer).BuildServiceProvider();
        await outbox.AddAsync(Enumerable.Range(1, 5).Select(n => Message($"m{n}", Night + Duration.FromMinutes(n))), default);
        var delivery = new OutboxDelivery(services, outbox, new NightClock(Night), batchSize: 2, NullLogger.Instance);

        var first = await delivery.RunAsync(Firm, FlowKind.Messages, default);
        writer.Unknown.Clear();
        writer.Failing.Clear();
        var second = await delivery.RunAsync(Firm, FlowKind.Messages, default);
        var third = await delivery.RunAsync(Firm, FlowKind.Messages, default);

        Assert.Equal(new FlowRunResult(Firm.Key, FlowKind.Messages, 3, 0, 1, 1), first);
        Assert.Equal(new FlowRunResult(Firm.Key, FlowKind.Messages, 2, 0, 0, 0), second);
        Assert.Equal(FlowRunResult.Empty(Firm.Key, FlowKind.Messages), third);
        Assert.Equal(["m1", "m3", "m5", "m2", "m4"], writer.Notes);
        Assert.Null(await delivery.RunAsync(Firm, FlowKind.Documents, default)); // no document writer for this firm
    }

    [Theory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task Platform_activity_is_the_same_for_every_run_of_a_night_and_new_the_next_night(DatabaseKind kind)
    {
        var database = await TestDatabases.CreateAsync(kind, postgres);
        var outbox = new AdoPlatformOutbox(database);
        await using var services = new ServiceCollection()
            .AddKeyedSingleton<ICaseNoteWriter>(Firm.Key, new ScriptedNoteWriter())
            .BuildServiceProvider();
        var activity = new PlatformActivity(services, outbox, messagesPerNight: 2, documentsPerNight: 1);
        string[] cases = ["101", "102", "103", "104"];

        var first = await activity.ReceiveAsync(Firm, "casepeer", cases, Night, default);
        var again = await activity.ReceiveAsync(Firm, "casepeer", [.. cases.Reverse()], Night + Duration.FromHours(2), default);
        var next = await activity.ReceiveAsync(Firm, "casepeer", cases, Night + Duration.FromDays(1), default);

        Assert.Equal(2, first); // messages only: the firm has no document writer
        Assert.Equal(0, again);
        Assert.Equal(2, next);
        var ids = (await OutboxRows.OfAsync(database, Firm.Key, "message")).Keys.Order(StringComparer.Ordinal).ToList();
        Assert.Equal(4, ids.Count);
        Assert.All(ids, id => Assert.StartsWith(Firm.Key + ".", id, StringComparison.Ordinal));
        Assert.Equal(2, ids.Count(id => id.Contains(".20261206.", StringComparison.Ordinal))); // the night's date in New York
        Assert.Equal(2, ids.Count(id => id.Contains(".20261207.", StringComparison.Ordinal)));
        Assert.Empty(await OutboxRows.OfAsync(database, Firm.Key, "document"));
    }

    private static OutboxItem Message(string id, Instant at) =>
        new(Firm.Key, id, OutboxItemKind.Message, "casepeer", "101", null, $"text of {id}", at);
}
