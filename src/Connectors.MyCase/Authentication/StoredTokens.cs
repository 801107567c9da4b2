namespace Connectors.MyCase.Authentication;

/// <summary>
/// The file format of <see cref="FileMyCaseTokenStore"/>. A file written before versions existed has none: it reads as
/// version 1 and no claim.
/// </summary>
internal sealed record StoredTokens(
    string AccessToken,
    string RefreshToken,
    DateTimeOffset AccessTokenExpiresAt,
    DateTimeOffset RefreshTokenExpiresAt,
    string? FirmUuid,
    string? Scope,
    long Version = 0,
    string? ClaimOwner = null,
    DateTimeOffset? ClaimUntil = null)
{
    public override string ToString() => "StoredTokens { (tokens redacted) }";
}
