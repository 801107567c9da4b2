namespace Connectors.Core.Stages;

/// <summary>
/// Maps source practice-area (or case-type) names to platform practice areas, many to one, the way platforms keep
/// integration mappings. A name with no mapping falls back to the platform practice area of the same name, unless
/// <see cref="FallBackToSameName"/> is off.
/// </summary>
public sealed class PracticeAreaMap
{
    /// <summary>Every source practice area maps to the platform practice area of the same name.</summary>
    public static PracticeAreaMap SameName { get; } = new(new Dictionary<string, string>());

    /// <summary>Creates a map.</summary>
    /// <param name="mappings">Source name to platform practice area name.</param>
    /// <param name="fallBackToSameName">Whether an unmapped name may match a platform practice area of the same name.</param>
    public PracticeAreaMap(IReadOnlyDictionary<string, string> mappings, bool fallBackToSameName = true)
    {
        ArgumentNullException.ThrowIfNull(mappings);
        Mappings = mappings;
        FallBackToSameName = fallBackToSameName;
    }

    /// <summary>Source name to platform practice area name.</summary>
    public IReadOnlyDictionary<string, string> Mappings { get; }

    /// <summary>Whether an unmapped name may match a platform practice area of the same name.</summary>
    public bool FallBackToSameName { get; }
}
