using Connectors.Core.Stages;

namespace Connectors.MyCase;

/// <summary>
/// Stage mapping the way MyCase matches names: without regard to letter case, whitespace significant. Build the
/// platform's catalog with <see cref="Catalog"/> and check it against the firm's MyCase stages with
/// <see cref="FindUnmatched"/> before the first sync, so no stage change is silently dropped.
/// </summary>
public static class MyCaseStages
{
    /// <summary>MyCase matches case stage and practice area names case-insensitively.</summary>
    public static StageNameMatching NameMatching => StageNameMatching.IgnoreCase;

    /// <summary>A platform stage catalog that matches names as MyCase does.</summary>
    public static StageCatalog Catalog(IEnumerable<PracticeAreaStages> practiceAreas) => new(practiceAreas, NameMatching);

    /// <summary>
    /// The MyCase stage names (from <see cref="MyCaseFirmCatalog.ReadCaseStagesAsync"/>) that no override maps and no
    /// practice area of <paramref name="catalog"/> has: cases in those stages would be skipped as <c>unmappedStage</c>.
    /// </summary>
    public static IReadOnlyList<string> FindUnmatched(IEnumerable<string> myCaseStages, StageCatalog catalog, StageMap? overrides = null)
    {
        ArgumentNullException.ThrowIfNull(myCaseStages);
        ArgumentNullException.ThrowIfNull(catalog);
        var comparer = catalog.Comparer;
        var mapped = (overrides ?? StageMap.Empty).Overrides.Select(o => o.From).ToHashSet(comparer);
        var known = catalog.PracticeAreas.SelectMany(p => p.Stages).ToHashSet(comparer);
        return [.. myCaseStages.Where(s => !string.IsNullOrWhiteSpace(s) && !mapped.Contains(s) && !known.Contains(s)).Distinct(comparer)];
    }
}
