namespace Connectors.Reliability.Tests.Fuzzing;

/// <summary>Issue 14 point 13: a CI run feeds at least 10,000 fuzzed inputs in all (the docs' fuzz section shows how many ran).</summary>
public sealed class FuzzBudgetTests
{
    [Fact]
    public void A_CI_run_feeds_at_least_10000_fuzzed_inputs()
    {
        var surfaces = PayloadFuzzTests.Surfaces().Count + HeaderFuzzTests.Surfaces().Count;

        Assert.True(
            surfaces * FuzzBudget.CiRunsPerSurface >= 10_000,
            $"{surfaces} surfaces x {FuzzBudget.CiRunsPerSurface} = {surfaces * FuzzBudget.CiRunsPerSurface} fuzzed inputs per CI run.");
    }
}
