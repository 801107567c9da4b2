namespace Connectors.MyCase.Authentication;

/// <summary>The file format of <see cref="FileMyCaseTokenStore"/>.</summary>
internal sealed record StoredTokens(
    string AccessToken,
    string RefreshToken,
    DateTimeOffset AccessTokenExpiresAt,
    DateTimeOffset RefreshTokenExpiresAt,
    string? FirmUuid,
    string? Scope)
{
    public override string ToString() => "StoredTokens { (tokens redacted) }";
}
