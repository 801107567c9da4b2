using System.Net;
using System.Text;
using System.Text.Json;

using Connectors.Core.Http;
using Connectors.Shared;
using Connectors.SmartAdvocate.Http;
using Connectors.SmartAdvocate.Models;

using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

using NodaTime;

using Refit;

namespace Connectors.SmartAdvocate.Authentication;

/// <summary>
/// CaseSyncAPI's bearer token, cached for the process: one sign-in at a time (single flight), a new one before the
/// token's <c>exp</c> (minus a margin) or when the server rejected the cached one. The token is never logged.
/// </summary>
internal sealed partial class SmartAdvocateTokenProvider(
    IHttpClientFactory httpClientFactory,
    FirmOptions options,
    IClock clock,
    ILogger<SmartAdvocateTokenProvider> logger,
    string authClientName) : IBearerTokenSource, IDisposable
{
    internal const string AuthClientName = "Connectors.SmartAdvocate.Authentication";
    private const string Endpoint = "POST /CaseSyncAPI/Users/authenticate";

    private readonly SemaphoreSlim _gate = new(1, 1);
    private volatile CachedToken? _token;

    /// <summary>How many times the provider signed in (for tests and diagnostics).</summary>
    public int SignInCount { get; private set; }

    /// <inheritdoc/>
    public async ValueTask<string> GetTokenAsync(string? rejected, CancellationToken cancellationToken)
    {
        if (Usable(_token, rejected) is { } cached)
        {
            return cached;
        }

        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            // Whoever waited behind a sign-in reuses its result.
            if (Usable(_token, rejected) is { } fresh)
            {
                return fresh;
            }

            var token = await SignInAsync(cancellationToken).ConfigureAwait(false);
            _token = token;
            return token.Value;
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Dispose() => _gate.Dispose();

    private string? Usable(CachedToken? token, string? rejected) =>
        token is not null && !string.Equals(token.Value, rejected, StringComparison.Ordinal) && clock.GetCurrentInstant() < token.RefreshAt
            ? token.Value
            : null;

    private async Task<CachedToken> SignInAsync(CancellationToken cancellationToken)
    {
        var current = options.Current;
        if (!current.HasCaseSyncCredentials)
        {
            throw new ConnectorAuthenticationException(Endpoint, null, "CaseSyncAPI needs Username and Password in SmartAdvocateOptions; none are configured.");
        }

        var api = RestService.ForGenerated<ISmartAdvocateAuthApi>(httpClientFactory.CreateClient(authClientName), SmartAdvocateRefit.Settings);
        using var answer = await SmartAdvocateCall.RunAsync(Endpoint, ct => api.AuthenticateAsync(new AuthenticateRequest(current.Username!, current.Password!), ct), cancellationToken)
            .ConfigureAwait(false);
        byte[]? bytes;
        try
        {
            bytes = await BoundedBody.ReadAsync(answer.Content, current.TokenResponseMaxBytes, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is HttpRequestException or IOException || (e is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            throw SmartAdvocateCall.Translate(Endpoint, e, cancellationToken) ?? new ConnectorApiException(Endpoint, answer.StatusCode, $"{Endpoint}: the connection dropped while the answer was read.", ScrubbedInner.Of(e));
        }

        if (!answer.IsSuccessStatusCode)
        {
            var refused = ConnectorErrors.FromStatus(
                Endpoint, answer.StatusCode, "SmartAdvocate", "check the user (CaseSyncAPI) and the user's permissions.");
            if (answer.StatusCode is HttpStatusCode.BadRequest or HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden)
            {
                LogSignInRefused(logger, (int)answer.StatusCode);
                throw new ConnectorAuthenticationException(Endpoint, answer.StatusCode,
                    "SmartAdvocate refused the CaseSyncAPI user's credentials: check Username and Password, and that the user may use the API.", refused);
            }

            throw refused;
        }

        if (bytes is null)
        {
            throw new ConnectorResponseFormatException(Endpoint, answer.StatusCode,
                $"{Endpoint} answered with more than {current.TokenResponseMaxBytes} bytes (SmartAdvocate:TokenResponseMaxBytes); a sign-in answer is far smaller, so it was not read.");
        }

        AuthenticateResponse? response;
        try
        {
            response = JsonSerializer.Deserialize(bytes, SmartAdvocateJsonContext.Default.AuthenticateResponse);
        }
        catch (JsonException e)
        {
            throw new ConnectorResponseFormatException(Endpoint, answer.StatusCode, $"{Endpoint} answered with JSON the SDK could not read.", ScrubbedInner.Of(e));
        }

        var token = response?.Token ?? response?.AccessToken; // a JSON null answer is no token either
        if (string.IsNullOrWhiteSpace(token))
        {
            throw new ConnectorAuthenticationException(Endpoint, HttpStatusCode.OK, "SmartAdvocate signed the user in but sent no token.");
        }

        // The message never shows the token.
        if (!BearerTokenText.FitsAuthorizationHeader(token))
        {
            throw new ConnectorAuthenticationException(Endpoint, HttpStatusCode.OK, "SmartAdvocate signed the user in but sent a token that is not a bearer token (it holds spaces, control or non-ASCII characters).");
        }

        SignInCount++;
        var now = clock.GetCurrentInstant();
        var expires = ReadExpiry(token) ?? now + Duration.FromTimeSpan(current.AssumedTokenLifetime);
        var refreshAt = expires - Duration.FromTimeSpan(current.TokenRefreshMargin);
        LogSignedIn(logger, expires);
        return new CachedToken(token, refreshAt);
    }

    /// <summary>The JWT's <c>exp</c>, read without validating the signature (the server does that); null when unreadable.</summary>
    internal static Instant? ReadExpiry(string token)
    {
        var parts = token.Split('.');
        if (parts.Length != 3)
        {
            return null;
        }

        try
        {
            var payload = parts[1].Replace('-', '+').Replace('_', '/');
            payload = payload.PadRight(payload.Length + ((4 - (payload.Length % 4)) % 4), '=');
            using var document = JsonDocument.Parse(Encoding.UTF8.GetString(Convert.FromBase64String(payload)));
            return document.RootElement.ValueKind == JsonValueKind.Object
                   && document.RootElement.TryGetProperty("exp", out var exp) && exp.TryGetInt64(out var seconds)
                ? Instant.FromUnixTimeSeconds(seconds)
                : null;
        }
        catch (Exception e) when (e is FormatException or JsonException or ArgumentException)
        {
            return null;
        }
    }

    [LoggerMessage(EventId = 1, Level = LogLevel.Debug, Message = "Signed in to SmartAdvocate CaseSyncAPI; the token expires at {Expires}.")]
    private static partial void LogSignedIn(ILogger logger, Instant expires);

    [LoggerMessage(EventId = 2, Level = LogLevel.Warning, Message = "SmartAdvocate CaseSyncAPI refused the sign-in with status {Status}.")]
    private static partial void LogSignInRefused(ILogger logger, int status);

    private sealed record CachedToken(string Value, Instant RefreshAt)
    {
        public override string ToString() => $"CachedToken {{ RefreshAt = {RefreshAt} }}";
    }
}