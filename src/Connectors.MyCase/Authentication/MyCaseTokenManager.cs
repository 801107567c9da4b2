using Connectors.Core.Http;
using Connectors.Shared;
using Microsoft.Extensions.Logging;
using NodaTime;

namespace Connectors.MyCase.Authentication;

/// <summary>
/// Hands out a valid access token: from the store while it is not near expiry, otherwise after one refresh that every
/// concurrent caller shares (single flight; callers that waited reuse the new token). A token the server just refused
/// is never handed out again. Tokens are never logged.
/// </summary>
internal sealed partial class MyCaseTokenManager(
    IMyCaseTokenStore store,
    MyCaseTokenEndpoint endpoint,
    MyCaseSettings options,
    IClock clock,
    ILogger<MyCaseTokenManager> logger) : IBearerTokenSource, IDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private int _refreshes;

    /// <summary>How many refreshes this process made (diagnostics and tests).</summary>
    public int RefreshCount => Volatile.Read(ref _refreshes);

    /// <inheritdoc/>
    public async ValueTask<string> GetTokenAsync(string? rejected, CancellationToken cancellationToken)
    {
        var tokens = await store.GetAsync(cancellationToken).ConfigureAwait(false) ?? throw NotConnected();
        if (Usable(tokens, rejected))
        {
            return tokens.AccessToken;
        }

        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            // Whoever waited behind a refresh finds its result here.
            tokens = await store.GetAsync(cancellationToken).ConfigureAwait(false) ?? throw NotConnected();
            if (Usable(tokens, rejected))
            {
                return tokens.AccessToken;
            }

            if (clock.GetCurrentInstant() >= tokens.RefreshTokenExpiresAt)
            {
                throw new ConnectorAuthenticationException(
                    MyCaseTokenEndpoint.Endpoint, null, $"The MyCase refresh token expired (refresh tokens last 2 weeks). {MyCaseTokenEndpoint.ReauthorizeHint}");
            }

            var refreshed = await endpoint.RefreshAsync(tokens, cancellationToken).ConfigureAwait(false);
            await store.SaveAsync(refreshed, cancellationToken).ConfigureAwait(false);
            Interlocked.Increment(ref _refreshes);
            LogRefreshed(logger, refreshed.AccessTokenExpiresAt);
            return refreshed.AccessToken;
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Dispose() => _gate.Dispose();

    private bool Usable(MyCaseTokens tokens, string? rejected) =>
        !string.Equals(tokens.AccessToken, rejected, StringComparison.Ordinal)
        && clock.GetCurrentInstant() < tokens.AccessTokenExpiresAt - Duration.FromTimeSpan(options.Current.TokenRefreshMargin);

    private static ConnectorAuthenticationException NotConnected() =>
        new("GET /v1", null, $"No MyCase tokens are stored: the firm has not authorized the connection yet. {MyCaseTokenEndpoint.ReauthorizeHint}");

    [LoggerMessage(EventId = 1, Level = LogLevel.Debug, Message = "Refreshed the MyCase access token; it expires at {Expires}.")]
    private static partial void LogRefreshed(ILogger logger, Instant expires);
}
