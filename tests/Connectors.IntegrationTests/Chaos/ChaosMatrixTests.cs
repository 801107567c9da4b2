using System.Globalization;
using Xunit.Abstractions;

namespace Connectors.IntegrationTests.Chaos;

/// <summary>
/// The chaos matrix: every connector's flow under every fault profile ends as the fault-free run did. Writes the matrix
/// to docs/reliability.md. CI runs one fault seed per cell; <c>CONNECTORS_CHAOS_SEEDS=10</c> runs ten.
/// </summary>
[Collection(MyCase.MyCaseSerialTests.Name)] // timing-sensitive (one-second attempt timeouts): not beside other suites
public sealed class ChaosMatrixTests(ITestOutputHelper output)
{
    private static readonly IReadOnlyList<IChaosFlow> Flows = [new CasePeerChaosFlow(), new MyCaseChaosFlow(), new SmartAdvocateChaosFlow(), new CaseXchangeChaosFlow()];

    private static int Seeds =>
        int.TryParse(Environment.GetEnvironmentVariable("CONNECTORS_CHAOS_SEEDS"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var seeds) && seeds > 0 ? seeds : 1;

    [Fact]
    public async Task Every_connector_ends_as_the_fault_free_run_did_under_every_fault_profile()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(10));
        var rows = new List<ChaosRow>();
        var baselines = new Dictionary<string, ChaosOutcome>();
        foreach (var flow in Flows)
        {
            await flow.RunAsync([], 1, timeout.Token); // warm-up: a cold start's first timeouts do not count against the baseline
            var baseline = await flow.RunAsync([], 1, timeout.Token);
            Assert.Null(baseline.Error);
            Assert.NotEmpty(baseline.Writes);
            baselines[flow.Connector] = baseline;
            foreach (var profile in ChaosProfile.Matrix)
            {
                for (var seed = 1; seed <= Seeds; seed++)
                {
                    var run = await flow.RunAsync(profile.Rules(flow), seed, timeout.Token);
                    var row = ChaosRow.Compare(flow.Connector, profile.Name, seed, baseline, run);
                    rows.Add(row);
                    output.WriteLine($"{row}{(run.Error is null ? string.Empty : $" :: {run.Error.Message}")}");
                }
            }
        }

        ChaosReport.Write(ChaosReport.Render(rows, baselines, Seeds));

        Assert.All(rows, row => Assert.True(row.Passed, row.ToString()));
        Assert.All(ChaosProfile.Matrix, profile => Assert.Contains(rows, r => r.Profile == profile.Name && r.Faults > 0));
    }
}
