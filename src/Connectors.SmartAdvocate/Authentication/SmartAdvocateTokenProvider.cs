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
/// SmartAdvocate's half of the shared <see cref="SingleFlightTokenCache"/>: CaseSyncAPI's bearer token, kept in memory for
/// the process; a new one is a sign-in with the configured user, due before the token's <c>exp</c> (or
/// <see cref="SmartAdvocateOptions.AssumedTokenLifetime"/> when it has none) minus
/// <see cref="SmartAdvocateOptions.TokenRefreshMargin"/>. The token is never logged.
/// </summary>
internal sealed partial class SmartAdvocateTokenProvider(
    IHttpClientFactory httpClientFactory,
    SmartAdvocateFirmOptions options,
    IClock clock,
    ILogger<SmartAdvocateTokenProvider> logger,
    string authClientName) : SingleFlightTokenCache(clock)
{
    internal const string AuthClientName = "Connectors.SmartAdvocate.Authentication";
    private const string Endpoint = "POST /CaseSyncAPI/Users/authenticate";

    private volatile BearerToken? _token;

    /// <summary>The token of the last sign-in, if any.</summary>
    protected override ValueTask<BearerToken?> ReadAsync(CancellationToken cancellationToken) => new(_token);

    /// <summary>Signs in; the request is bounded by the authentication client's timeouts, not by a caller.</summary>
    protected override async Task<BearerToken> AcquireAsync(CancellationToken cancellationToken)
    {
        var token = await SignInAsync(cancellationToken).ConfigureAwait(false);
        _token = token;
        return token;
    }

    private async Task<BearerToken> SignInAsync(CancellationToken cancellationToken)
    {
        var current = options.Current;
        if (!current.HasCaseSyncCredentials)
        {
            throw new ConnectorAuthenticationException(Endpoint, null,
                "CaseSyncAPI needs Username and Password in SmartAdvocateOptions; none are configured.");
        }

        var api = RestService.ForGenerated<ISmartAdvocateAuthApi>(httpClientFactory.CreateClient(authClientName),
            SmartAdvocateRefit.Settings);
        using var answer = await SmartAdvocateCall.RunAsync(Endpoint, ct =>
            api.AuthenticateAsync(new SmartAdvocateAuthenticateRequest(current.Username!, current.Password!), ct), cancellationToken)
            .ConfigureAwait(false);
        byte[]? bytes;
        try
        {
            bytes = await BoundedBody.ReadAsync(answer.Content, current.TokenResponseMaxBytes, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is HttpRequestException or IOException
            || (e is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            throw SmartAdvocateCall.Translate(Endpoint, e, cancellationToken)
                ?? new ConnectorApiException(Endpoint, answer.StatusCode, $"{Endpoint}: the connection dropped while the answer was read.",
                    ScrubbedInner.Of(e));
        }

        if (!answer.IsSuccessStatusCode)
        {
            var refused = ConnectorErrors.FromStatus(
                Endpoint, answer.StatusCode, "SmartAdvocate", "check the user (CaseSyncAPI) and the user's permissions.");
            if (answer.StatusCode is HttpStatusCode.BadRequest or HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden)
            {
                LogSignInRefused(logger, (int)answer.StatusCode);
                throw new ConnectorAuthenticationException(Endpoint, answer.StatusCode,
                    "SmartAdvocate refused the CaseSyncAPI user's credentials: check Username and Password, " +
                    "and that the user may use the API.",
                    refused);
            }

            throw refused;
        }

        var read = new TokenAnswer(Endpoint, answer.StatusCode, current.TokenResponseMaxBytes, "SmartAdvocate:TokenResponseMaxBytes",
            string.Empty);
        var response = read.Parse(bytes, SmartAdvocateJsonContext.Default.SmartAdvocateAuthenticateResponse);
        var token = read.Require(response?.Token ?? response?.AccessToken); // a JSON null answer is no token either

        var now = Now;
        var expires = ReadExpiry(token) ?? now + Duration.FromTimeSpan(current.AssumedTokenLifetime);
        var refreshAt = expires - Duration.FromTimeSpan(current.TokenRefreshMargin);
        LogSignedIn(logger, expires);
        return new BearerToken(token, refreshAt);
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

    [LoggerMessage(EventId = 1, Level = LogLevel.Debug,
        Message = "Signed in to SmartAdvocate CaseSyncAPI; the token expires at {Expires}.")]
    private static partial void LogSignedIn(ILogger logger, Instant expires);

    [LoggerMessage(EventId = 2, Level = LogLevel.Warning, Message = "SmartAdvocate CaseSyncAPI refused the sign-in with status {Status}.")]
    private static partial void LogSignInRefused(ILogger logger, int status);
}
