namespace Connectors.IntegrationTests.Chaos;

/// <summary>One cell of the matrix: a connector under a fault profile, compared with its fault-free run.</summary>
internal sealed record ChaosRow(string Connector, string Profile, int Seed, int Requests, int ExtraRequests, int Faults, int Duplicates, int Lost, bool SamePlatform, string? Error)
{
    public bool Passed => Error is null && SamePlatform && Duplicates == 0 && Lost == 0;

    public static ChaosRow Compare(string connector, string profile, int seed, ChaosOutcome baseline, ChaosOutcome run)
    {
        var expected = Counts(baseline.Writes);
        var actual = Counts(run.Writes);
        var duplicates = actual.Sum(a => Math.Max(0, a.Value - expected.GetValueOrDefault(a.Key)));
        var lost = expected.Sum(e => Math.Max(0, e.Value - actual.GetValueOrDefault(e.Key)));
        return new ChaosRow(
            connector, profile, seed, run.Requests, run.Requests - baseline.Requests, run.Faults, duplicates, lost,
            run.Platform.SequenceEqual(baseline.Platform, StringComparer.Ordinal), run.Error?.GetType().Name);
    }

    private static Dictionary<string, int> Counts(IReadOnlyList<string> writes) =>
        writes.GroupBy(w => w, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
}
