using System.Globalization;

namespace Connectors.Reliability.Tests.Fuzzing;

/// <summary>
/// How many mutated inputs each surface gets: a CI-sized default, or <c>CONNECTORS_FUZZ_RUNS</c> for a long run
/// (<c>CONNECTORS_FUZZ_RUNS=100000 dotnet test tests/Connectors.Reliability.Tests</c>). A failure prints the
/// seed, the mutation and its pick, which replay it exactly (the mutator is deterministic).
/// </summary>
public static class FuzzBudget
{
    /// <summary>Mutated inputs per surface in CI.</summary>
    public const int CiRunsPerSurface = 300;

    /// <summary>Mutated inputs per surface for this run.</summary>
    public static int RunsPerSurface { get; } =
        int.TryParse(
            Environment.GetEnvironmentVariable("CONNECTORS_FUZZ_RUNS"),
            NumberStyles.None,
            CultureInfo.InvariantCulture,
            out var runs) && runs > 0
            ? runs
            : CiRunsPerSurface;
}
