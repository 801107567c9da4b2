using Connectors.Core.Http;
using Connectors.Shared;

using Microsoft.Extensions.Logging;

using NodaTime;

namespace Connectors.MyCase.Authentication;

/// <summary>
/// MyCase's half of the shared <see cref="SingleFlightTokenCache"/>: the token is the one in <see cref="IMyCaseTokenStore"/>,
/// and a new one costs the single-use refresh token, whose rotated pair is saved whatever happens to the callers (the
/// cache runs the refresh apart from them; the request runs under <see cref="MyCaseOptions.TokenRequestTimeout"/> only).
/// Tokens are never logged.
/// </summary>
internal sealed partial class MyCaseTokenManager(
    IMyCaseTokenStore store,
    MyCaseTokenEndpoint endpoint,
    MyCaseSettings options,
    IClock clock,
    ILogger<MyCaseTokenManager> logger) : SingleFlightTokenCache(clock)
{
    /// <summary>The stored access token, renewed <see cref="MyCaseOptions.TokenRefreshMargin"/> before it expires.</summary>
    protected override async ValueTask<BearerToken?> ReadAsync(CancellationToken cancellationToken)
    {
        var tokens = await store.GetAsync(cancellationToken).ConfigureAwait(false) ?? throw NotConnected();
        return Bearer(tokens);
    }

    /// <summary>
    /// Spends the stored refresh token and saves the rotated pair. Once sent, the request is not cancelled (not even by
    /// <paramref name="cancellationToken"/>): MyCase has rotated the pair, and only the saved answer holds the new one.
    /// </summary>
    protected override async Task<BearerToken> AcquireAsync(CancellationToken cancellationToken)
    {
        try
        {
            var tokens = await store.GetAsync(cancellationToken).ConfigureAwait(false) ?? throw NotConnected();
            if (Now >= tokens.RefreshTokenExpiresAt)
            {
                throw new ConnectorAuthenticationException(
                    MyCaseTokenEndpoint.Endpoint, null, $"The MyCase refresh token expired (refresh tokens last 2 weeks). " +
                        $"{MyCaseTokenEndpoint.ReauthorizeHint}");
            }

            var refreshed = await endpoint.RefreshAsync(tokens).ConfigureAwait(false);
            await store.SaveAsync(refreshed, CancellationToken.None).ConfigureAwait(false);
            LogRefreshed(logger, refreshed.AccessTokenExpiresAt);
            return Bearer(refreshed);
        }
        catch (Exception e)
        {
            // The callers may have gone: the failure is logged here (without a token) as well as thrown to whoever waits.
            LogRefreshFailed(logger, e.GetType().Name);
            throw;
        }
    }

    private BearerToken Bearer(MyCaseTokens tokens) =>
        new(tokens.AccessToken, tokens.AccessTokenExpiresAt - Duration.FromTimeSpan(options.Current.TokenRefreshMargin));

    private static ConnectorAuthenticationException NotConnected() =>
        new(
            "GET /v1",
            null,
            $"No MyCase tokens are stored: the firm has not authorized the connection yet. {MyCaseTokenEndpoint.ReauthorizeHint}");

    [LoggerMessage(EventId = 1, Level = LogLevel.Debug, Message = "Refreshed the MyCase access token; it expires at {Expires}.")]
    private static partial void LogRefreshed(ILogger logger, Instant expires);

    [LoggerMessage(EventId = 2, Level = LogLevel.Warning, Message = "Refreshing the MyCase access token failed with {ExceptionType}.")]
    private static partial void LogRefreshFailed(ILogger logger, string exceptionType);
}
