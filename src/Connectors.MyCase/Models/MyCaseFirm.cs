namespace Connectors.MyCase.Models;

/// <summary>The firm (<c>GET /v1/firm</c>).</summary>
public sealed record MyCaseFirm
{
    /// <summary>The firm's name.</summary>
    public string? Name { get; init; }

    /// <summary>The firm's MyCase URL, unique per firm.</summary>
    public string? Url { get; init; }
}
