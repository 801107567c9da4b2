namespace Connectors.Core.Stages;

/// <summary>How a source status is matched to a platform stage (and practice area) name. Platforms differ.</summary>
public enum StageNameMatching
{
    /// <summary>
    /// The default: letter case is ignored, leading and trailing whitespace is ignored and inner runs of
    /// whitespace count as one space (<c>" released  from treatment"</c> matches <c>"Released From Treatment"</c>).
    /// </summary>
    IgnoreCaseAndWhitespace = 0,

    /// <summary>Letter case is ignored, whitespace must be identical (MyCase matches stage names this way).</summary>
    IgnoreCase,

    /// <summary>Names must be identical, ordinally.</summary>
    Exact,
}
