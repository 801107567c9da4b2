namespace Connectors.MyCase.Models;

/// <summary>
/// The answer of <c>POST https://auth.mycase.com/tokens</c>. <see cref="FirmUuid"/> comes with the code exchange only.
/// Holds secrets: <see cref="ToString"/> prints none.
/// </summary>
internal sealed record MyCaseTokenResponse
{
    /// <summary>The access token (24 hours).</summary>
    public string? AccessToken { get; init; }

    /// <summary><c>Bearer</c>.</summary>
    public string? TokenType { get; init; }

    /// <summary>The granted scopes, space-separated.</summary>
    public string? Scope { get; init; }

    /// <summary>The refresh token (2 weeks, single use).</summary>
    public string? RefreshToken { get; init; }

    /// <summary>The access token's lifetime in seconds (86400).</summary>
    public long? ExpiresIn { get; init; }

    /// <summary>The firm's id: the tenant key.</summary>
    public string? FirmUuid { get; init; }

    /// <summary>Prints no token.</summary>
    public override string ToString() => $"MyCaseTokenResponse {{ FirmUuid = {FirmUuid}, ExpiresIn = {ExpiresIn} }}";
}
