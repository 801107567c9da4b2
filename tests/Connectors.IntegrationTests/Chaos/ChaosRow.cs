namespace Connectors.IntegrationTests.Chaos;

/// <summary>One run of a matrix cell: a connector under a fault profile with one seed, compared with its fault-free run.</summary>
internal sealed record ChaosRow(
    string Connector,
    string Profile,
    int Seed,
    int Requests,
    int ExtraRequests,
    int Faults,
    int Duplicates,
    int Lost,
    bool SamePlatform,
    string? Error)
{
    /// <summary>Faults that fired, per rule label.</summary>
    public IReadOnlyDictionary<string, int> FiredByLabel { get; init; } = new Dictionary<string, int>();

    /// <summary>Writes reported as unknown.</summary>
    public int Unknown { get; init; }

    /// <summary>Of <see cref="Unknown"/>, the writes that did not land (reported, so not silently lost).</summary>
    public int UnknownNotLanded { get; init; }

    /// <summary>Writes missing that the SDK never reported: silently lost.</summary>
    public int SilentlyLost => Math.Max(0, Lost - UnknownNotLanded);

    /// <summary>The message of the exception that ended the run early, for the test output (not the generated doc).</summary>
    public string? ErrorDetail { get; init; }

    /// <summary>The label every run of the profile must fire.</summary>
    public string MustFire { get; init; } = string.Empty;

    public bool Fired => Faults > 0 && FiredByLabel.GetValueOrDefault(MustFire) > 0;

    public bool Passed => Error is null && SamePlatform && Duplicates == 0 && SilentlyLost == 0 && Fired;

    public static ChaosRow Compare(string connector, ChaosProfile profile, int seed, ChaosOutcome baseline, ChaosOutcome run)
    {
        var expected = Counts(baseline.Writes);
        var actual = Counts(run.Writes);
        var duplicates = actual.Sum(a => Math.Max(0, a.Value - expected.GetValueOrDefault(a.Key)));
        var lost = expected.Sum(e => Math.Max(0, e.Value - actual.GetValueOrDefault(e.Key)));
        return new ChaosRow(
            connector, profile.Name, seed, run.Requests, run.Requests - baseline.Requests, run.Faults, duplicates, lost,
            run.Platform.SequenceEqual(baseline.Platform, StringComparer.Ordinal), run.Error?.GetType().Name)
        {
            FiredByLabel = run.FiredByLabel,
            Unknown = run.Unknown,
            UnknownNotLanded = run.UnknownNotLanded,
            MustFire = profile.MustFire,
        };
    }

    public override string ToString() =>
        $"{Connector} | {Profile} | seed {Seed} | requests {Requests} (+{ExtraRequests}) | faults {Faults} " +
        $"({string.Join(", ", FiredByLabel.OrderBy(f => f.Key, StringComparer.Ordinal).Select(f => $"{f.Key} {f.Value}"))}) | " +
        $"duplicates {Duplicates} | lost {Lost} | unknown {Unknown} (not landed {UnknownNotLanded}) | same platform {SamePlatform} | " +
        $"error {(Error is null ? "none" : $"{Error}: {ErrorDetail}")} | {(Passed ? "passed" : "FAILED")}";

    private static Dictionary<string, int> Counts(IReadOnlyList<string> writes) =>
        writes.GroupBy(w => w, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
}
