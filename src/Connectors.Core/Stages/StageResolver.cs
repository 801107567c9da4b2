using System.Diagnostics.CodeAnalysis;

namespace Connectors.Core.Stages;

/// <summary>
/// Resolves source practice areas and statuses to platform practice areas and stages: an override for the
/// practice area first, then a global override, then the stage of the same name within the case's practice area.
/// Lookups do not allocate, so the planner can call it for every case.
/// </summary>
public sealed class StageResolver
{
    private static readonly Dictionary<string, string> NoOverrides = [];

    private readonly StageCatalog _catalog;
    private readonly Dictionary<string, Area> _areas;
    private readonly Dictionary<string, Area> _sourceAreas;
    private readonly bool _fallBackToSameName;
    private readonly Dictionary<string, string> _globalOverrides;

    /// <summary>Creates a resolver.</summary>
    /// <param name="catalog">The platform practice areas and stages.</param>
    /// <param name="stageMap">Explicit overrides; <see cref="StageMap.Empty"/> for none.</param>
    /// <param name="practiceAreaMap">Source to platform practice areas; <see cref="PracticeAreaMap.SameName"/> by default.</param>
    public StageResolver(StageCatalog catalog, StageMap? stageMap = null, PracticeAreaMap? practiceAreaMap = null)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        _catalog = catalog;
        var comparer = catalog.Comparer;
        _globalOverrides = new Dictionary<string, string>(comparer);
        var areaOverrides = new Dictionary<string, Dictionary<string, string>>(comparer);
        foreach (var item in (stageMap ?? StageMap.Empty).Overrides)
        {
            if (item.PracticeArea is null)
            {
                _globalOverrides[item.From] = item.To;
            }
            else
            {
                if (!areaOverrides.TryGetValue(item.PracticeArea, out var overrides))
                {
                    areaOverrides.Add(item.PracticeArea, overrides = new Dictionary<string, string>(comparer));
                }

                overrides[item.From] = item.To;
            }
        }

        _areas = new Dictionary<string, Area>(comparer);
        foreach (var practiceArea in catalog.PracticeAreas)
        {
            _areas.Add(
                practiceArea.PracticeArea,
                new Area(
                    practiceArea,
                    catalog.StagesByName(practiceArea.PracticeArea),
                    areaOverrides.GetValueOrDefault(practiceArea.PracticeArea) ?? NoOverrides));
        }

        practiceAreaMap ??= PracticeAreaMap.SameName;
        _fallBackToSameName = practiceAreaMap.FallBackToSameName;
        _sourceAreas = new Dictionary<string, Area>(comparer);
        foreach (var (source, target) in practiceAreaMap.Mappings)
        {
            if (_areas.TryGetValue(target, out var area))
            {
                _sourceAreas[source] = area;
            }
        }
    }

    /// <summary>The catalog this resolver reads.</summary>
    public StageCatalog Catalog => _catalog;

    /// <summary>
    /// Finds the platform practice area for a source practice area; <paramref name="practiceArea"/> is the
    /// catalog's spelling. False when the name is neither mapped nor (with fall-back on) a platform practice area.
    /// </summary>
    public bool TryResolvePracticeArea(string sourcePracticeArea, [NotNullWhen(true)] out PracticeAreaStages? practiceArea)
    {
        var found = TryFindArea(sourcePracticeArea, out var area);
        practiceArea = area?.Stages;
        return found;
    }

    /// <summary>Resolves a source status within a platform practice area (catalog spelling).</summary>
    public StageResolution ResolveStage(string practiceArea, string? status)
    {
        ArgumentNullException.ThrowIfNull(practiceArea);
        return _areas.TryGetValue(practiceArea, out var area)
            ? Resolve(area, status)
            : new StageResolution(
                StageResolutionOutcome.NoMatchingStage,
                null,
                $"Practice area '{practiceArea}' is not in the stage catalog; the stage is left as it is.");
    }

    /// <summary>Both steps at once, for the planner's hot path (one practice-area lookup per case).</summary>
    internal bool TryResolve(
        string sourcePracticeArea,
        string? status,
        [NotNullWhen(true)] out PracticeAreaStages? practiceArea,
        out StageResolution stage)
    {
        if (!TryFindArea(sourcePracticeArea, out var area))
        {
            practiceArea = null;
            stage = default;
            return false;
        }

        practiceArea = area.Stages;
        stage = Resolve(area, status);
        return true;
    }

    private bool TryFindArea(string sourcePracticeArea, [NotNullWhen(true)] out Area? area)
    {
        ArgumentNullException.ThrowIfNull(sourcePracticeArea);
        if (_sourceAreas.TryGetValue(sourcePracticeArea, out area))
        {
            return true;
        }

        area = null;
        return _fallBackToSameName && _areas.TryGetValue(sourcePracticeArea, out area);
    }

    private StageResolution Resolve(Area area, string? status)
    {
        var name = area.Stages.PracticeArea;
        if (string.IsNullOrWhiteSpace(status))
        {
            return new StageResolution(StageResolutionOutcome.NoStatus, null, "The source case has no status; the stage is left as it is.");
        }

        if (area.Overrides.TryGetValue(status, out var overridden) || _globalOverrides.TryGetValue(status, out overridden))
        {
            return area.StageByName.TryGetValue(overridden, out var stage)
                ? new StageResolution(StageResolutionOutcome.Overridden, stage, null)
                : new StageResolution(
                    StageResolutionOutcome.NoMatchingStage,
                    null,
                    $"Status '{status}' is mapped to stage '{overridden}', which practice area '{name}' does not have; the stage is left " +
                        "as it is.");
        }

        return area.StageByName.TryGetValue(status, out var byName)
            ? new StageResolution(StageResolutionOutcome.MatchedByName, byName, null)
            : new StageResolution(
                StageResolutionOutcome.NoMatchingStage,
                null,
                $"Status '{status}' matches no stage of practice area '{name}' and has no stage mapping; the stage is left as it is.");
    }

    /// <summary>A platform practice area with its own overrides, found once per case.</summary>
    private sealed record Area(PracticeAreaStages Stages, Dictionary<string, string> StageByName, Dictionary<string, string> Overrides);
}
