using System.Diagnostics;

using Xunit.Abstractions;

namespace Connectors.IntegrationTests.Chaos;

/// <summary>
/// The chaos matrix: every connector's flow under every fault profile, with several fault seeds chosen afresh each run
/// (<see cref="ChaosSeeds"/>), ends as the fault-free run did: same platform result, no duplicate and no lost write, and
/// the profile's own fault fired. Writes the matrix to docs/reliability.md. The four connectors run side by side, each
/// against its own sandbox; a connector's cells run one after another.
/// </summary>
[Collection(MyCase.MyCaseSerialTests.Name)] // timing-sensitive (one-second attempt timeouts): not beside other suites
public sealed class ChaosMatrixTests(ITestOutputHelper output)
{
    private static readonly IReadOnlyList<IChaosFlow> Flows =
    [
        new CasePeerChaosFlow(),
        new MyCaseChaosFlow(),
        new SmartAdvocateChaosFlow(),
        new CaseXchangeChaosFlow(),
    ];

    [Fact]
    public async Task Every_connector_ends_as_the_fault_free_run_did_under_every_fault_profile()
    {
        var seeds = ChaosSeeds.Choose();
        output.WriteLine($"Chaos seeds: {string.Join(", ", seeds)} (replay one with CONNECTORS_CHAOS_SEED=<n>)");
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(10));
        var clock = Stopwatch.StartNew();
        var results = await Task.WhenAll(Flows.Select(flow => RunConnectorAsync(flow, seeds, timeout.Token)));
        clock.Stop();

        var rows = results.SelectMany(r => r.Rows).ToList();
        foreach (var row in rows)
        {
            output.WriteLine(row.ToString());
        }

        output.WriteLine($"Matrix: {rows.Count} runs in {clock.Elapsed.TotalSeconds:0.0} s");
        ChaosReport.Write(ChaosReport.Render(rows, results.ToDictionary(r => r.Connector, r => r.Baseline), seeds, clock.Elapsed));

        Assert.All(rows, row => Assert.True(row.Passed, row.ToString()));
        Assert.All(Flows, flow => Assert.All(ChaosProfile.Matrix, profile =>
            Assert.Equal(seeds.Count, rows.Count(r => r.Connector == flow.Connector && r.Profile == profile.Name && r.Fired))));
    }

    private static async Task<(string Connector, ChaosOutcome Baseline, List<ChaosRow> Rows)> RunConnectorAsync(
        IChaosFlow flow,
        IReadOnlyList<int> seeds,
        CancellationToken cancellationToken)
    {
        await flow.RunAsync([], 1, false, cancellationToken); // warm-up: a cold start's first timeouts do not count against the baseline
        var baseline = await flow.RunAsync([], 1, false, cancellationToken);
        Assert.Null(baseline.Error);
        Assert.NotEmpty(baseline.Writes);
        var rows = new List<ChaosRow>();
        foreach (var profile in ChaosProfile.Matrix)
        {
            foreach (var seed in seeds)
            {
                var run = await flow.RunAsync(profile.Rules(flow, seed), seed, profile.IgnoreIdempotencyKeys, cancellationToken);
                var row = ChaosRow.Compare(flow.Connector, profile, seed, baseline, run);
                rows.Add(row with { ErrorDetail = run.Error?.Message });
            }
        }

        return (flow.Connector, baseline, rows);
    }
}
