namespace Connectors.MyCase.Models;

/// <summary>A case stage, practice area or case role (OpenAPI <c>CaseStageResponse</c>, <c>PracticeAreaResponse</c>).</summary>
public sealed record MyCaseNamedItem
{
    /// <summary>The id.</summary>
    public long Id { get; init; }

    /// <summary>The name; MyCase matches names without regard to case.</summary>
    public string? Name { get; init; }

    /// <summary>When it was created (ISO-8601 date-time).</summary>
    public string? CreatedAt { get; init; }

    /// <summary>When it was last updated (ISO-8601 date-time).</summary>
    public string? UpdatedAt { get; init; }
}
