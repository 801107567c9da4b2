using Connectors.Core.Http;
using Connectors.Shared;
using Microsoft.Extensions.Logging;
using NodaTime;

namespace Connectors.MyCase.Authentication;

/// <summary>
/// Hands out a valid access token: from the store while it is not near expiry, otherwise after one refresh that every
/// concurrent caller shares (single flight; callers that waited reuse the new token). A token the server just refused
/// is never handed out again. A refresh, once started, completes and is saved even when its caller gives up (the
/// refresh token is single use). Tokens are never logged.
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
        Task<string>? refresh = null;
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

            // The refresh owns the gate from here and releases it when its answer is saved: a caller that gives up does
            // not cut it, and nobody spends the same single-use refresh token while it is under way.
            refresh = RefreshAndSaveAsync(tokens);
        }
        finally
        {
            if (refresh is null)
            {
                _gate.Release();
            }
        }

        try
        {
            return await refresh.WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (!refresh.IsCompleted)
        {
            // Nobody waits for the refresh any more: its failure, if any, is logged and observed, never left to the finalizer.
            _ = refresh.ContinueWith(static t => t.Exception, CancellationToken.None, TaskContinuationOptions.OnlyOnFaulted, TaskScheduler.Default);
            throw;
        }
    }

    /// <summary>
    /// Spends the refresh token and saves the rotated pair whatever happens to the caller who asked: the request runs
    /// under <see cref="MyCaseOptions.TokenRequestTimeout"/> only, and the save is never cancelled. Releases the gate.
    /// </summary>
    private async Task<string> RefreshAndSaveAsync(MyCaseTokens tokens)
    {
        try
        {
            var refreshed = await endpoint.RefreshAsync(tokens).ConfigureAwait(false);
            await store.SaveAsync(refreshed, CancellationToken.None).ConfigureAwait(false);
            Interlocked.Increment(ref _refreshes);
            LogRefreshed(logger, refreshed.AccessTokenExpiresAt);
            return refreshed.AccessToken;
        }
        catch (Exception e)
        {
            // The caller may have gone: the failure is logged here (without a token) as well as thrown to whoever waits.
            LogRefreshFailed(logger, e.GetType().Name);
            throw;
        }
        finally
        {
            Release();
        }
    }

    public void Dispose() => _gate.Dispose();

    private void Release()
    {
        try
        {
            _gate.Release();
        }
        catch (ObjectDisposedException)
        {
            // the registration was disposed while a refresh was still under way: nobody is left to wait
        }
    }


    private bool Usable(MyCaseTokens tokens, string? rejected) =>
        !string.Equals(tokens.AccessToken, rejected, StringComparison.Ordinal)
        && clock.GetCurrentInstant() < tokens.AccessTokenExpiresAt - Duration.FromTimeSpan(options.Current.TokenRefreshMargin);

    private static ConnectorAuthenticationException NotConnected() =>
        new("GET /v1", null, $"No MyCase tokens are stored: the firm has not authorized the connection yet. {MyCaseTokenEndpoint.ReauthorizeHint}");

    [LoggerMessage(EventId = 1, Level = LogLevel.Debug, Message = "Refreshed the MyCase access token; it expires at {Expires}.")]
    private static partial void LogRefreshed(ILogger logger, Instant expires);

    [LoggerMessage(EventId = 2, Level = LogLevel.Warning, Message = "Refreshing the MyCase access token failed with {ExceptionType}.")]
    private static partial void LogRefreshFailed(ILogger logger, string exceptionType);
}
