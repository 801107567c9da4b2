using NodaTime;

namespace Connectors.MyCase.Authentication;

/// <summary>
/// The tokens of one MyCase connection, as a <see cref="IMyCaseTokenStore"/> keeps them. The refresh token is single use:
/// every refresh replaces both tokens, so a store must save the new pair. <see cref="ToString"/> prints no token.
/// </summary>
/// <param name="AccessToken">The bearer token (24 hours).</param>
/// <param name="RefreshToken">The refresh token (2 weeks, single use).</param>
/// <param name="AccessTokenExpiresAt">When the access token expires (from <c>expires_in</c>).</param>
/// <param name="RefreshTokenExpiresAt">When the refresh token expires (2 weeks after it was issued, as MyCase documents).</param>
/// <param name="FirmUuid">The firm's <c>firm_uuid</c> from the first exchange: the tenant key.</param>
/// <param name="Scope">The granted scopes, space-separated.</param>
public sealed record MyCaseTokens(
    string AccessToken,
    string RefreshToken,
    Instant AccessTokenExpiresAt,
    Instant RefreshTokenExpiresAt,
    string? FirmUuid,
    string? Scope)
{
    /// <summary>Prints the firm and expiries, never a token.</summary>
    public override string ToString() =>
        $"MyCaseTokens {{ FirmUuid = {FirmUuid}, AccessTokenExpiresAt = {AccessTokenExpiresAt}, " +
        $"RefreshTokenExpiresAt = {RefreshTokenExpiresAt}, AccessToken = {Shared.SecretRedactor.Redacted}, " +
        $"RefreshToken = {Shared.SecretRedactor.Redacted} }}";
}
