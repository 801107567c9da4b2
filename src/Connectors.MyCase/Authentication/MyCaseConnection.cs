using NodaTime;

namespace Connectors.MyCase.Authentication;

/// <summary>A firm's MyCase connection after an authorization: the tenant key and when its tokens expire.</summary>
/// <param name="FirmUuid">The firm's <c>firm_uuid</c>: the stable tenant key to store.</param>
/// <param name="Scope">The scopes MyCase granted, space-separated.</param>
/// <param name="AccessTokenExpiresAt">When the access token expires.</param>
/// <param name="RefreshTokenExpiresAt">When the refresh token expires (re-authorize after that).</param>
public sealed record MyCaseConnection(string? FirmUuid, string? Scope, Instant AccessTokenExpiresAt, Instant RefreshTokenExpiresAt);
