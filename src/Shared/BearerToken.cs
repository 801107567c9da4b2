using NodaTime;

namespace Connectors.Shared;

/// <summary>
/// A bearer token as <see cref="SingleFlightTokenCache"/> keeps and hands it out. <see cref="ToString"/> prints no token.
/// </summary>
/// <param name="Value">The token for the <c>Authorization</c> header.</param>
/// <param name="RefreshAt">From this instant on a new token is obtained first: the token's expiry minus the vendor's margin.</param>
internal sealed record BearerToken(string Value, Instant RefreshAt)
{
    /// <summary>Prints when the token is renewed, never the token.</summary>
    public override string ToString() => $"BearerToken {{ RefreshAt = {RefreshAt} }}";
}
