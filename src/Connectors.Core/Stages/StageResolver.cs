using System.Diagnostics.CodeAnalysis;

namespace Connectors.Core.Stages;

/// <summary>
/// Resolves source practice areas and statuses to platform practice areas and stages: an override for the
/// practice area first, then a global override, then the stage of the same name within the case's practice area.
/// Lookups do not allocate, so the planner can call it for every case.
/// </summary>
public sealed class StageResolver
{
    private readonly StageCatalog _catalog;
    private readonly Dictionary<string, string> _practiceAreas;
    private readonly bool _fallBackToSameName;
    private readonly Dictionary<string, string> _globalOverrides;
    private readonly Dictionary<string, Dictionary<string, string>> _areaOverrides;

    /// <summary>Creates a resolver.</summary>
    /// <param name="catalog">The platform practice areas and stages.</param>
    /// <param name="stageMap">Explicit overrides; <see cref="StageMap.Empty"/> for none.</param>
    /// <param name="practiceAreaMap">Source to platform practice areas; <see cref="PracticeAreaMap.SameName"/> by default.</param>
    public StageResolver(StageCatalog catalog, StageMap? stageMap = null, PracticeAreaMap? practiceAreaMap = null)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        _catalog = catalog;
        var comparer = catalog.Comparer;
        practiceAreaMap ??= PracticeAreaMap.SameName;
        _fallBackToSameName = practiceAreaMap.FallBackToSameName;
        _practiceAreas = new Dictionary<string, string>(comparer);
        foreach (var (source, target) in practiceAreaMap.Mappings)
        {
            _practiceAreas[source] = target;
        }

        _globalOverrides = new Dictionary<string, string>(comparer);
        _areaOverrides = new Dictionary<string, Dictionary<string, string>>(comparer);
        foreach (var item in (stageMap ?? StageMap.Empty).Overrides)
        {
            var into = item.PracticeArea is null ? _globalOverrides : AreaOverrides(item.PracticeArea);
            into[item.From] = item.To;
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
        ArgumentNullException.ThrowIfNull(sourcePracticeArea);
        if (_practiceAreas.TryGetValue(sourcePracticeArea, out var mapped))
        {
            return _catalog.TryGetPracticeArea(mapped, out practiceArea);
        }

        practiceArea = null;
        return _fallBackToSameName && _catalog.TryGetPracticeArea(sourcePracticeArea, out practiceArea);
    }

    /// <summary>Resolves a source status within a platform practice area (catalog spelling).</summary>
    public StageResolution ResolveStage(string practiceArea, string? status)
    {
        ArgumentNullException.ThrowIfNull(practiceArea);
        if (string.IsNullOrWhiteSpace(status))
        {
            return new StageResolution(StageResolutionOutcome.NoStatus, null, "The source case has no status; the stage is left as it is.");
        }

        if (TryOverride(practiceArea, status, out var overridden))
        {
            return _catalog.TryGetStage(practiceArea, overridden, out var stage)
                ? new StageResolution(StageResolutionOutcome.Overridden, stage, null)
                : new StageResolution(
                    StageResolutionOutcome.NoMatchingStage,
                    null,
                    $"Status '{status}' is mapped to stage '{overridden}', which practice area '{practiceArea}' does not have; the stage is left as it is.");
        }

        return _catalog.TryGetStage(practiceArea, status, out var byName)
            ? new StageResolution(StageResolutionOutcome.MatchedByName, byName, null)
            : new StageResolution(
                StageResolutionOutcome.NoMatchingStage,
                null,
                $"Status '{status}' matches no stage of practice area '{practiceArea}' and has no stage mapping; the stage is left as it is.");
    }

    private bool TryOverride(string practiceArea, string status, [NotNullWhen(true)] out string? stage)
    {
        stage = null;
        return (_areaOverrides.TryGetValue(practiceArea, out var area) && area.TryGetValue(status, out stage))
               || _globalOverrides.TryGetValue(status, out stage);
    }

    private Dictionary<string, string> AreaOverrides(string practiceArea)
    {
        if (!_areaOverrides.TryGetValue(practiceArea, out var overrides))
        {
            overrides = new Dictionary<string, string>(_catalog.Comparer);
            _areaOverrides.Add(practiceArea, overrides);
        }

        return overrides;
    }
}
