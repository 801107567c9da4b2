using Xunit.Abstractions;

namespace Fleet.Host.Tests.Failover;

/// <summary>
/// Issue 17's failover test: a standalone sandbox, one PostgreSQL database, two Fleet.Host processes and 200 firms across
/// the four vendors. One node is SIGKILLed mid-night; Quartz's cluster recovery runs its in-flight firms on the other.
/// The night is compared with the same night without the kill.
/// </summary>
[Collection(PostgresTests.Name)]
public sealed class FailoverTests(PostgresCluster postgres, ITestOutputHelper output)
{
    private const int Firms = 200;

    [Fact]
    public async Task A_node_killed_mid_night_leaves_no_firm_missed_or_synced_twice()
    {
        var calm = await FleetNight.RunAsync(postgres, Firms, killAtShare: 0);
        var killed = await FleetNight.RunAsync(postgres, Firms, killAtShare: 0.3);

        foreach (var night in new[] { calm, killed })
        {
            Assert.Equal(Firms, night.Nights.Count);
            Assert.All(night.Nights, n => Assert.True(n.Finished, $"{n.FirmKey} did not finish"));
            // Case Xchange has no case sync, so no checkpoint; every other firm's checkpoint is applied exactly once.
            Assert.All(
                night.Nights.Where(n => !n.FirmKey.StartsWith("casexchange", StringComparison.Ordinal)),
                n => Assert.Equal(1, n.Completions));
            var repeated = night.Writes.GroupBy(w => w, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
            Assert.True(repeated.Count == 0, $"written twice: {string.Join("; ", repeated.Take(10))}");
            Assert.Equal(0, night.RefusedRefreshes);
        }

        Assert.NotEmpty(calm.Writes);
        Assert.Equal(calm.Writes, killed.Writes);
        var recovered = Recovered(killed.Output);
        Assert.True(recovered > 0, "no run was recovered from the killed node");
        Assert.Equal(0, Recovered(calm.Output));
        foreach (var (name, night) in new[] { ("without the kill", calm), ("with the kill", killed) })
        {
            output.WriteLine(
                $"{name}: {night.Nights.Count} firms finished, checkpoints applied {night.Nights.Sum(n => n.Completions)}, " +
                $"{night.Writes.Count} sandbox writes ({night.Writes.Distinct(StringComparer.Ordinal).Count()} distinct), " +
                $"MyCase refreshes {night.Refreshes}, refresh tokens refused as reused {night.RefusedRefreshes}, " +
                $"runs recovered {Recovered(night.Output)}");
        }
    }

    private static int Recovered(string output) =>
        output.Split('\n').Count(line => line.Contains("recovered from a node that died", StringComparison.Ordinal));
}
