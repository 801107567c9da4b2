namespace Connectors.Core.Stages;

/// <summary>The result of resolving a source status to a platform stage.</summary>
/// <param name="Outcome">What happened.</param>
/// <param name="Stage">The platform stage (catalog spelling), or null when there is none.</param>
/// <param name="Detail">Why there is no stage, in words a firm administrator can act on; null when matched.</param>
public readonly record struct StageResolution(StageResolutionOutcome Outcome, string? Stage, string? Detail)
{
    /// <summary>True when <see cref="Stage"/> holds a stage.</summary>
    public bool IsResolved => Stage is not null;
}
