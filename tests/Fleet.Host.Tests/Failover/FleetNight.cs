using System.Diagnostics;
using System.Text.Json;

using Connectors.Tests.Shared;

using Fleet.Host.Database;
using Fleet.Host.Stores;

namespace Fleet.Host.Tests.Failover;

/// <summary>
/// One night of a clustered fleet, end to end with real processes: a standalone sandbox, one PostgreSQL database and two
/// Fleet.Host nodes; optionally one node is SIGKILLed when a share of the fleet has finished. What it leaves behind is
/// read from the database (the night ledger) and the sandbox (write log, tenant counters).
/// </summary>
internal static class FleetNight
{
    public const string Night = "failover-night";
    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(4);

    public static async Task<NightOutcome> RunAsync(PostgresCluster postgres, int firms, double killAtShare)
    {
        await using var sandbox = await SandboxProcess.StartAsync();
        var connection = await postgres.CreateDatabaseAsync();
        var database = FleetDatabase.Postgres(connection);
        await SchemaInstaller.EnsureAsync(database, CancellationToken.None);
        string[] common =
        [
            "--postgres", connection, "--sandbox", sandbox.BaseAddress.ToString(), "--firms", $"{firms}", "--cases", "12",
            "--night", Night, "--concurrency", "3", "--cluster-checkin-ms", "1000",
        ];
        var dll = BuiltProgram.Dll("samples", "Fleet.Host");
        await using var first = ChildProcess.Start("node A", dll, common);
        await using var second = ChildProcess.Start("node B", dll, [.. common, "--join"]);
        var ledger = new NightLedger(database);
        if (killAtShare > 0)
        {
            await KillWhenAsync(first, database, ledger, (int)(firms * killAtShare));
        }

        int survivorExit;
        try
        {
            survivorExit = await second.WaitForExitAsync(Limit);
        }
        catch (TimeoutException e)
        {
            var finished = await ledger.CountFinishedAsync(Night, CancellationToken.None);
            var tables = await QuartzTables.DescribeAsync(database, Night);
            throw new TimeoutException(
                $"{e.Message}\n{finished} firms finished. Quartz's tables:\n{tables}\nnode A (killed: {first.Killed}):\n{first.Tail()}", e);
        }

        Assert.True(survivorExit == 0, $"node B exited with {survivorExit}:\n{second.Tail()}\nnode A:\n{first.Tail()}");
        if (!first.Killed)
        {
            var exit = await first.WaitForExitAsync(Limit);
            Assert.True(exit == 0, $"node A exited with {exit}:\n{first.Tail()}");
        }

        var nights = await ledger.ReadAsync(Night, CancellationToken.None);
        var writes = await sandbox.WritesAsync();
        var refusedRefreshes = 0;
        var refreshes = 0;
        foreach (var firm in nights.Where(n => n.FirmKey.StartsWith("mycase", StringComparison.Ordinal)))
        {
            var stats = await sandbox.StatsAsync(firm.FirmKey);
            refreshes += Counter(stats, "refreshes");
            refusedRefreshes += Counter(stats, "refreshReuses");
        }

        return new NightOutcome(nights, Writes(writes), refreshes, refusedRefreshes, first.Output + second.Output);
    }

    // Killed once the share has finished and while the node runs a firm's night: a kill between two runs would leave
    // nothing to recover, and the test would prove less than it says.
    private static async Task KillWhenAsync(ChildProcess node, FleetDatabase database, NightLedger ledger, int finished)
    {
        var started = Stopwatch.StartNew();
        string? id = null;
        while (id is null
            || await ledger.CountFinishedAsync(Night, CancellationToken.None) < finished
            || !await QuartzTables.IsRunningANightAsync(database, id))
        {
            Assert.False(node.HasExited, $"{node.Name} ended before the kill:\n{node.Tail()}");
            Assert.True(started.Elapsed < Limit, $"{node.Name} never ran a firm after {finished} had finished:\n{node.Tail()}");
            id ??= NodeId(node.Output);
            await Task.Delay(20);
        }

        node.Kill();
    }

    // Fleet.Host prints "Node: {Quartz instance id}" once its scheduler has started.
    private static string? NodeId(string output) =>
        output.Split('\n').FirstOrDefault(line => line.StartsWith("Node: ", StringComparison.Ordinal))?["Node: ".Length..].Trim();

    private static int Counter(JsonElement stats, string name) =>
        stats.EnumerateObject().FirstOrDefault(p => p.NameEquals(name)) is { Value.ValueKind: JsonValueKind.Number } p
            ? p.Value.GetInt32()
            : throw new InvalidOperationException($"The sandbox's tenant counters have no '{name}': {stats}");

    // What identifies a write across two runs: its tenant, what it did, to which resource, its idempotency key and detail
    // (everything but the time it was applied).
    private static List<string> Writes(JsonElement records) =>
        [.. records.EnumerateArray().Select(r => $"{Text(r, "tenant")} {Text(r, "vendor")} {Text(r, "operation")} " +
            $"{Text(r, "resourceId")} {Text(r, "idempotencyKey")} {Text(r, "detail")}").Order(StringComparer.Ordinal)];

    private static string Text(JsonElement record, string name) =>
        record.EnumerateObject().FirstOrDefault(p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase)).Value
            is { ValueKind: JsonValueKind.String } value ? value.GetString()! : "-";
}

/// <summary>What a fleet night left behind.</summary>
/// <param name="Nights">The night ledger's rows, one per firm.</param>
/// <param name="Writes">Every sandbox write, as tenant, vendor, operation and idempotency key, sorted.</param>
/// <param name="Refreshes">MyCase refreshes the sandbox accepted.</param>
/// <param name="RefusedRefreshes">MyCase refresh tokens the sandbox refused as spent already.</param>
/// <param name="Output">Both nodes' output.</param>
internal sealed record NightOutcome(
    IReadOnlyList<FirmNight> Nights, IReadOnlyList<string> Writes, int Refreshes, int RefusedRefreshes, string Output);
