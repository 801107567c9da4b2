namespace Connectors.Core.Stages;

/// <summary>The explicit stage overrides a firm configured; everything else maps by name.</summary>
public sealed class StageMap
{
    /// <summary>No overrides: every status maps to the stage of the same name.</summary>
    public static StageMap Empty { get; } = new([]);

    /// <summary>Creates a map from overrides.</summary>
    /// <exception cref="ConnectorConfigurationException">An override has a blank name.</exception>
    public StageMap(IEnumerable<StageOverride> overrides)
    {
        ArgumentNullException.ThrowIfNull(overrides);
        var list = overrides.ToList();
        foreach (var item in list)
        {
            if (string.IsNullOrWhiteSpace(item.From) || string.IsNullOrWhiteSpace(item.To))
            {
                throw new ConnectorConfigurationException("A stage override needs both a source status and a platform stage.");
            }
        }

        Overrides = list;
    }

    /// <summary>The overrides in the order given.</summary>
    public IReadOnlyList<StageOverride> Overrides { get; }
}
