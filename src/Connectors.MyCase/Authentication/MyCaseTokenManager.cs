using Connectors.Core.Http;
using Connectors.Shared;

using Microsoft.Extensions.Logging;

using NodaTime;

namespace Connectors.MyCase.Authentication;

/// <summary>
/// MyCase's half of the shared <see cref="SingleFlightTokenCache"/>: the token is the one in <see cref="IMyCaseTokenStore"/>,
/// and a new one costs the single-use refresh token. The cache's single flight holds in this process only; across the
/// processes sharing the store, the refresh is claimed first (a compare-and-swap write of a <see cref="MyCaseRefreshClaim"/>)
/// and only the process whose claim landed spends the refresh token. The others wait for the pair it saves. The rotated
/// pair is saved whatever happens to the callers (the cache runs the refresh apart from them; the request runs under
/// <see cref="MyCaseOptions.TokenRequestTimeout"/> only). Tokens are never logged.
/// </summary>
internal sealed partial class MyCaseTokenManager(
    IMyCaseTokenStore store,
    MyCaseTokenEndpoint endpoint,
    MyCaseSettings options,
    IClock clock,
    ILogger<MyCaseTokenManager> logger) : SingleFlightTokenCache(clock), IBearerTokenSource
{
    /// <summary>
    /// Added to <see cref="MyCaseOptions.TokenRequestTimeout"/> for a claim's lifetime: the save after the answer, and
    /// clocks of different hosts that disagree a little.
    /// </summary>
    internal static readonly Duration ClaimMargin = Duration.FromSeconds(15);

    private static readonly TimeSpan FirstPoll = TimeSpan.FromMilliseconds(20);
    private static readonly TimeSpan LongestPoll = TimeSpan.FromMilliseconds(500);

    // This manager's claims: one id per process and firm, no secret in it.
    private readonly string _owner = Guid.NewGuid().ToString("N");

    // The access token the API refused last: stored but not usable, even before its expiry.
    private volatile string? _refused;

    /// <summary>Who this manager's claims name.</summary>
    internal string Owner => _owner;

    /// <inheritdoc />
    ValueTask<string> IBearerTokenSource.GetTokenAsync(string? rejected, CancellationToken cancellationToken)
    {
        if (rejected is not null)
        {
            _refused = rejected;
        }

        return GetTokenAsync(rejected, cancellationToken);
    }

    /// <summary>The stored access token, renewed <see cref="MyCaseOptions.TokenRefreshMargin"/> before it expires.</summary>
    protected override async ValueTask<BearerToken?> ReadAsync(CancellationToken cancellationToken)
    {
        var stored = await store.ReadAsync(cancellationToken).ConfigureAwait(false) ?? throw NotConnected();
        return Bearer(stored.Tokens);
    }

    /// <summary>
    /// Uses a pair another process saved meanwhile; waits while another process's claim runs; else claims the refresh,
    /// spends the refresh token and saves the rotated pair. Once sent, the request is not cancelled (not even by
    /// <paramref name="cancellationToken"/>): MyCase has rotated the pair, and only the saved answer holds the new one.
    /// </summary>
    /// <param name="cancellationToken">Cancelled only when the cache is disposed (callers stop waiting on their own).</param>
    protected override async Task<BearerToken> AcquireAsync(CancellationToken cancellationToken)
    {
        try
        {
            var pause = FirstPoll;
            while (true)
            {
                var stored = await store.ReadAsync(cancellationToken).ConfigureAwait(false) ?? throw NotConnected();
                if (Usable(stored.Tokens))
                {
                    return Bearer(stored.Tokens); // another process refreshed since this one looked
                }

                if (stored.Claim is { } claim && claim.Owner != _owner && Now < claim.Until)
                {
                    // Another process is spending the refresh token: its pair (or its release) comes soon.
                    await Task.Delay(pause, cancellationToken).ConfigureAwait(false);
                    pause = TimeSpan.FromTicks(Math.Min(pause.Ticks * 2, LongestPoll.Ticks));
                    continue;
                }

                if (Now >= stored.Tokens.RefreshTokenExpiresAt)
                {
                    throw new ConnectorAuthenticationException(
                        MyCaseTokenEndpoint.Endpoint, null, $"The MyCase refresh token expired (refresh tokens last 2 weeks). " +
                            $"{MyCaseTokenEndpoint.ReauthorizeHint}");
                }

                var mine = new MyCaseRefreshClaim(_owner, Now + Duration.FromTimeSpan(options.Current.TokenRequestTimeout) + ClaimMargin);
                if (!await store.TrySaveAsync(stored.Tokens, mine, stored.Version, cancellationToken).ConfigureAwait(false))
                {
                    continue; // someone wrote first (a claim, a pair): look again
                }

                if (stored.Claim is { } expired && expired.Owner != _owner)
                {
                    LogClaimTakenOver(logger, expired.Until);
                }

                return await RefreshClaimedAsync(stored.Tokens, stored.Version + 1).ConfigureAwait(false);
            }
        }
        catch (Exception e)
        {
            // The callers may have gone: the failure is logged here (without a token) as well as thrown to whoever waits.
            LogRefreshFailed(logger, e.GetType().Name);
            throw;
        }
    }

    /// <summary>
    /// Spends the refresh token of <paramref name="spent"/>, which this manager claimed as version <paramref name="claimed"/>.
    /// </summary>
    private async Task<BearerToken> RefreshClaimedAsync(MyCaseTokens spent, long claimed)
    {
        MyCaseTokens refreshed;
        try
        {
            refreshed = await endpoint.RefreshAsync(spent).ConfigureAwait(false);
        }
        catch
        {
            await ReleaseAsync(spent, claimed).ConfigureAwait(false);
            throw;
        }

        await SaveRefreshedAsync(spent, refreshed, claimed).ConfigureAwait(false);
        LogRefreshed(logger, refreshed.AccessTokenExpiresAt);
        return Bearer(refreshed);
    }

    /// <summary>
    /// Writes the rotated pair on the claim's version, never under a cancellation: it is the only copy. When the write
    /// loses, the claim ran out and someone wrote since: if the stored pair is still the spent one, this pair replaces it;
    /// a different pair (a new authorization) stays, and this one is discarded.
    /// </summary>
    private async Task SaveRefreshedAsync(MyCaseTokens spent, MyCaseTokens refreshed, long claimed)
    {
        var expected = claimed;
        while (!await store.TrySaveAsync(refreshed, null, expected, CancellationToken.None).ConfigureAwait(false))
        {
            var now = await store.ReadAsync(CancellationToken.None).ConfigureAwait(false);
            if (now is null || !string.Equals(now.Tokens.RefreshToken, spent.RefreshToken, StringComparison.Ordinal))
            {
                LogSuperseded(logger);
                return;
            }

            expected = now.Version;
        }
    }

    /// <summary>Clears this manager's claim after a failed refresh, so others try at once rather than when it runs out.</summary>
    private async Task ReleaseAsync(MyCaseTokens spent, long claimed)
    {
        try
        {
            await store.TrySaveAsync(spent, null, claimed, CancellationToken.None).ConfigureAwait(false);
        }
        catch (Exception e)
        {
            // The refresh's own failure is the answer; the claim runs out by itself.
            LogReleaseFailed(logger, e.GetType().Name);
        }
    }

    private bool Usable(MyCaseTokens tokens) =>
        !string.Equals(tokens.AccessToken, _refused, StringComparison.Ordinal) && Now < Bearer(tokens).RefreshAt;

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

    [LoggerMessage(
        EventId = 3,
        Level = LogLevel.Warning,
        Message = "Another process's claim on the MyCase refresh ran out at {Until} without a new pair; this process refreshes.")]
    private static partial void LogClaimTakenOver(ILogger logger, Instant until);

    [LoggerMessage(
        EventId = 4,
        Level = LogLevel.Warning,
        Message = "A new MyCase token pair was stored while this refresh ran; the refreshed pair is discarded.")]
    private static partial void LogSuperseded(ILogger logger);

    [LoggerMessage(EventId = 5, Level = LogLevel.Warning, Message = "Releasing the MyCase refresh claim failed with {ExceptionType}.")]
    private static partial void LogReleaseFailed(ILogger logger, string exceptionType);
}
