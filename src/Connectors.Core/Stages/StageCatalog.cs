namespace Connectors.Core.Stages;

/// <summary>
/// The platform's practice areas and their ordered stages. A practice area must have between
/// <see cref="MinimumStages"/> and <see cref="MaximumStages"/> stages, as the platform supports.
/// </summary>
public sealed class StageCatalog
{
    /// <summary>The fewest stages a practice area may have.</summary>
    public const int MinimumStages = 2;

    /// <summary>The most stages a practice area may have.</summary>
    public const int MaximumStages = 12;

    private readonly Dictionary<string, PracticeAreaStages> _byName;
    private readonly Dictionary<string, Dictionary<string, string>> _stageByName;

    /// <summary>Builds and checks a catalog.</summary>
    /// <param name="practiceAreas">Every practice area with its stages.</param>
    /// <param name="matching">How names are compared (practice areas and stages alike).</param>
    /// <exception cref="ConnectorConfigurationException">
    /// A practice area has fewer than 2 or more than 12 stages, a blank or repeated stage name, or is listed twice.
    /// The message names the practice area.
    /// </exception>
    public StageCatalog(
        IEnumerable<PracticeAreaStages> practiceAreas,
        StageNameMatching matching = StageNameMatching.IgnoreCaseAndWhitespace)
    {
        ArgumentNullException.ThrowIfNull(practiceAreas);
        Matching = matching;
        Comparer = StageNameComparer.For(matching);
        _byName = new Dictionary<string, PracticeAreaStages>(Comparer);
        _stageByName = new Dictionary<string, Dictionary<string, string>>(Comparer);
        var list = new List<PracticeAreaStages>();
        foreach (var area in practiceAreas)
        {
            Add(area);
            list.Add(area);
        }

        PracticeAreas = list;
    }

    /// <summary>The practice areas, in the order given.</summary>
    public IReadOnlyList<PracticeAreaStages> PracticeAreas { get; }

    /// <summary>How names are compared.</summary>
    public StageNameMatching Matching { get; }

    /// <summary>The comparer that implements <see cref="Matching"/>.</summary>
    public IEqualityComparer<string> Comparer { get; }

    /// <summary>Finds a practice area by name; the result carries the catalog's own spelling.</summary>
    public bool TryGetPracticeArea(string name, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out PracticeAreaStages? practiceArea) =>
        _byName.TryGetValue(name, out practiceArea);

    /// <summary>Finds a stage of a practice area by name; <paramref name="stage"/> is the catalog's own spelling.</summary>
    public bool TryGetStage(string practiceArea, string name, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out string? stage)
    {
        stage = null;
        return _stageByName.TryGetValue(practiceArea, out var stages) && stages.TryGetValue(name, out stage);
    }

    /// <summary>The stages of a practice area by name (catalog comparer), for lookups that already hold the practice area.</summary>
    internal Dictionary<string, string> StagesByName(string practiceArea) => _stageByName[practiceArea];

    private void Add(PracticeAreaStages area)
    {
        ArgumentNullException.ThrowIfNull(area);
        if (string.IsNullOrWhiteSpace(area.PracticeArea))
        {
            throw new ConnectorConfigurationException("A practice area in the stage catalog has no name.");
        }

        var count = area.Stages?.Count ?? 0;
        if (count is < MinimumStages or > MaximumStages)
        {
            throw new ConnectorConfigurationException(
                $"Practice area '{area.PracticeArea}' has {count} stages; the platform supports {MinimumStages} to {MaximumStages}.");
        }

        if (!_byName.TryAdd(area.PracticeArea, area))
        {
            throw new ConnectorConfigurationException($"Practice area '{area.PracticeArea}' is listed twice in the stage catalog.");
        }

        var stages = new Dictionary<string, string>(Comparer);
        foreach (var stage in area.Stages!)
        {
            if (string.IsNullOrWhiteSpace(stage))
            {
                throw new ConnectorConfigurationException($"Practice area '{area.PracticeArea}' has a stage with no name.");
            }

            if (!stages.TryAdd(stage, stage))
            {
                throw new ConnectorConfigurationException($"Practice area '{area.PracticeArea}' lists stage '{stage}' twice.");
            }
        }

        _stageByName.Add(area.PracticeArea, stages);
    }
}
