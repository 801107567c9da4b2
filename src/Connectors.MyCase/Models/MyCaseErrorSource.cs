namespace Connectors.MyCase.Models;

/// <summary>The source of an error: at most one of a JSON pointer into the body or a query parameter name.</summary>
internal sealed record MyCaseErrorSource
{
    /// <summary>A JSON pointer into the request body, as <c>/name</c>.</summary>
    [System.Diagnostics.CodeAnalysis.SuppressMessage(
        "Naming",
        "CA1720:Identifier contains type name",
        Justification = "MyCase's wire name.")]
    public string? Pointer { get; init; }

    /// <summary>A query parameter name.</summary>
    public string? Parameter { get; init; }
}
