namespace Connectors.Core.Stages;

/// <summary>How a source status was turned into a platform stage, or why it was not.</summary>
public enum StageResolutionOutcome
{
    /// <summary>The stage of the same name was found in the case's practice area.</summary>
    MatchedByName = 0,

    /// <summary>An explicit override mapped the status to a stage.</summary>
    Overridden,

    /// <summary>The source case has no status: the stage is left as it is.</summary>
    NoStatus,

    /// <summary>No stage matches in the practice area (nor through an override): the stage is left as it is.</summary>
    NoMatchingStage,
}
