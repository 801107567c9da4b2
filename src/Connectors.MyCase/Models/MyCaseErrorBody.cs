namespace Connectors.MyCase.Models;

/// <summary>MyCase's error body: <c>{"errors": [{"description", "source": {"pointer" | "parameter"}}]}</c>.</summary>
internal sealed record MyCaseErrorBody
{
    /// <summary>The errors.</summary>
    public IReadOnlyList<MyCaseError>? Errors { get; init; }
}
