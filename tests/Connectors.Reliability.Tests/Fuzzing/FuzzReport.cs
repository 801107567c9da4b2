using System.Globalization;
using System.Text;

using Connectors.Tests.Shared;

namespace Connectors.Reliability.Tests.Fuzzing;

/// <summary>
/// The <c>fuzz</c> section of <c>docs/reliability.md</c>, computed from what ran: per surface the inputs tried, read and
/// rejected (by exception type), and the total. Rewritten each time a surface records its stats, so the section always
/// holds every surface of the run so far, and after the last one, the whole run.
/// </summary>
public static class FuzzReport
{
    private static readonly Lock Gate = new();

    /// <summary>Rewrites the section from <paramref name="runs"/>.</summary>
    public static void Update(IReadOnlyDictionary<string, FuzzStats> runs)
    {
        ArgumentNullException.ThrowIfNull(runs);
        lock (Gate)
        {
            GeneratedDocSection.Write("reliability.md", "fuzz", Markdown(runs));
        }
    }

    /// <summary>The section's text.</summary>
    public static string Markdown(IReadOnlyDictionary<string, FuzzStats> runs)
    {
        ArgumentNullException.ThrowIfNull(runs);
        var surfaces = runs.OrderBy(r => r.Key, StringComparer.Ordinal).Select(r => (Name: r.Key, Stats: r.Value)).ToList();
        var total = surfaces.Sum(s => s.Stats.Inputs);
        var read = surfaces.Sum(s => s.Stats.ReadCount);
        var rejected = surfaces.SelectMany(s => s.Stats.Rejections).GroupBy(r => r.Key, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Sum(r => r.Value), StringComparer.Ordinal);
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture,
            $"The last run of `tests/Connectors.Reliability.Tests` fed **{total:N0} fuzzed inputs** to {surfaces.Count} surfaces ")
            .Append(
                CultureInfo.InvariantCulture,
                $"({FuzzBudget.RunsPerSurface:N0} per surface; {FuzzBudget.CiRunsPerSurface:N0} in CI, `CONNECTORS_FUZZ_RUNS` for more): ")
            .Append(
                CultureInfo.InvariantCulture,
                $"{read:N0} were read (possibly skipping a bad record), {total - read:N0} ended in the SDK's exception family, ")
            .Append("and none in anything else ")
            .Append(
                "(a test fails on any other exception). Payload surfaces take mutated JSON (`PayloadFuzzTests`), header surfaces mutated " +
                "header values (`HeaderFuzzTests`).\n\n");
        text.Append("| Surface | Inputs | Read | Rejected (by exception) |\n|---|---:|---:|---|\n");
        foreach (var (name, stats) in surfaces)
        {
            text.Append(
                CultureInfo.InvariantCulture,
                $"| `{name}` | {stats.Inputs:N0} | {stats.ReadCount:N0} | {Rejections(stats.Rejections)} |\n");
        }

        text.Append(CultureInfo.InvariantCulture, $"| **Total** | **{total:N0}** | **{read:N0}** | {Rejections(rejected)} |\n");
        return text.ToString();
    }

    private static string Rejections(IReadOnlyDictionary<string, int> rejections) => rejections.Count == 0
        ? "none"
        : string.Join(
            ", ",
            rejections.OrderBy(r => r.Key, StringComparer.Ordinal)
                .Select(r => string.Create(CultureInfo.InvariantCulture, $"{r.Key} {r.Value:N0}")));
}
