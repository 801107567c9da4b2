namespace Connectors.MyCase.Models;

/// <summary>A reference to another resource: <c>{"id": ...}</c>.</summary>
public sealed record MyCaseIdRef
{
    /// <summary>The id.</summary>
    public long Id { get; init; }
}
