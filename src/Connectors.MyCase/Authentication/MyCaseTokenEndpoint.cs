using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

using Connectors.Core.Http;
using Connectors.MyCase.Models;
using Connectors.Shared;

using NodaTime;

namespace Connectors.MyCase.Authentication;

/// <summary>
/// <c>POST {AuthorizationServer}/tokens</c> for both grants, JSON body as MyCase's docs show. A refused grant
/// (<c>invalid_grant</c>: a used, expired or revoked refresh token or code) becomes a
/// <see cref="ConnectorAuthenticationException"/> that tells the user to authorize again. Never retried: a refresh
/// token is single use. Tokens and the secret never reach a message or a log.
/// </summary>
internal sealed class MyCaseTokenEndpoint(IHttpClientFactory httpClientFactory, MyCaseSettings options, IClock clock)
{
    public const string Endpoint = "POST /tokens";

    /// <summary>MyCase documents refresh tokens as lasting 2 weeks.</summary>
    public static readonly Duration RefreshTokenLifetime = Duration.FromDays(14);

    public const string ReauthorizeHint =
        "The MyCase connection must be authorized again: send the user to MyCaseOAuthClient.BuildAuthorizeUri(state) and complete the " +
            "exchange.";

    /// <summary>
    /// Exchanges an authorization code. The code is single use: the request runs under its own timeout
    /// (<see cref="MyCaseOptions.TokenRequestTimeout"/>), never the caller's cancellation.
    /// </summary>
    public Task<MyCaseTokens> ExchangeCodeAsync(string code)
    {
        var current = options.Current;
        return SendAsync(
            new MyCaseTokenRequest(
                current.ClientId!,
                current.ClientSecret!,
                "authorization_code",
                Code: code,
                RedirectUri: current.RedirectUri!.ToString()),
            previous: null);
    }

    /// <summary>
    /// Spends <paramref name="previous"/>'s single-use refresh token. Once sent, the request runs to completion under its
    /// own timeout (<see cref="MyCaseOptions.TokenRequestTimeout"/>): no caller can cut it after MyCase rotated the pair.
    /// </summary>
    public Task<MyCaseTokens> RefreshAsync(MyCaseTokens previous)
    {
        var current = options.Current;
        return SendAsync(
            new MyCaseTokenRequest(current.ClientId!, current.ClientSecret!, "refresh_token", RefreshToken: previous.RefreshToken),
            previous);
    }

    private async Task<MyCaseTokens> SendAsync(MyCaseTokenRequest body, MyCaseTokens? previous)
    {
        var current = options.Current;
        using var timeout = new CancellationTokenSource(current.TokenRequestTimeout);
        var client = httpClientFactory.CreateClient(options.AuthClientName);
        HttpResponseMessage response;
        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("tokens", UriKind.Relative))
            {
                Content = JsonContent.Create(body, MyCaseJsonContext.Default.MyCaseTokenRequest),
            };

            // Headers only: the body is read below with a byte cap, never buffered whole by HttpClient.
            response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token).ConfigureAwait(false);
        }
        catch (HttpRequestException e)
        {
            throw new ConnectorApiException(
                Endpoint,
                e.StatusCode,
                $"{Endpoint}: MyCase's authorization server could not be reached ({e.HttpRequestError}).",
                ScrubbedInner.Of(e));
        }
        catch (OperationCanceledException e)
        {
            throw TimedOut(e);
        }
        catch (Polly.Timeout.TimeoutRejectedException e)
        {
            throw TimedOut(e);
        }
        catch (Polly.ExecutionRejectedException e)
        {
            throw new ConnectorApiException(Endpoint, null, $"{Endpoint} was not sent: MyCase's authorization server failed repeatedly " +
                "and the circuit breaker is open for a while; try again later.", ScrubbedInner.Of(e));
        }

        using (response)
        {
            byte[]? bytes;
            try
            {
                bytes = await BoundedBody.ReadAsync(response.Content, current.TokenResponseMaxBytes, timeout.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException e)
            {
                throw TimedOut(e);
            }
            catch (HttpRequestException e)
            {
                throw new ConnectorApiException(
                    Endpoint,
                    response.StatusCode,
                    $"{Endpoint}: the connection dropped while MyCase's answer was read ({e.HttpRequestError}).",
                    ScrubbedInner.Of(e));
            }
            catch (IOException e)
            {
                throw new ConnectorApiException(
                    Endpoint,
                    response.StatusCode,
                    $"{Endpoint}: the connection dropped while MyCase's answer was read.",
                    ScrubbedInner.Of(e));
            }

            if (!response.IsSuccessStatusCode)
            {
                throw Refused(response.StatusCode, bytes, body.GrantType);
            }

            var read = new TokenAnswer(
                Endpoint,
                response.StatusCode,
                current.TokenResponseMaxBytes,
                "MyCase:TokenResponseMaxBytes",
                ReauthorizeHint);
            var parsed = read.Parse(bytes, MyCaseJsonContext.Default.MyCaseTokenResponse);
            var accessToken = read.Require(parsed?.AccessToken);
            var answer = parsed!; // a JSON null answer has no token: refused just above

            var now = clock.GetCurrentInstant();
            return new MyCaseTokens(
                accessToken,
                // A refresh token is single use; when an answer carries none, the previous one is kept (some clients see this).
                string.IsNullOrWhiteSpace(answer.RefreshToken) ? previous?.RefreshToken ?? string.Empty : answer.RefreshToken,
                now + Duration.FromSeconds(answer.ExpiresIn is > 0 ? answer.ExpiresIn.Value : 86_400),
                string.IsNullOrWhiteSpace(answer.RefreshToken)
                    && previous is not null ? previous.RefreshTokenExpiresAt : now + RefreshTokenLifetime,
                answer.FirmUuid ?? previous?.FirmUuid,
                answer.Scope ?? previous?.Scope);
        }
    }

    private static ConnectorTimeoutException TimedOut(Exception e) =>
        new(Endpoint, $"{Endpoint}: MyCase's authorization server did not answer within MyCase:TokenRequestTimeout.", ScrubbedInner.Of(e));

    private static ConnectorApiException Refused(HttpStatusCode status, byte[]? bytes, string grant)
    {
        MyCaseOAuthError? error = null;
        try
        {
            error = bytes is { Length: > 0 and < 16 * 1024 } ? JsonSerializer.Deserialize(
                bytes,
                MyCaseJsonContext.Default.MyCaseOAuthError) : null;
        }
        catch (JsonException)
        {
            // not an OAuth error body; the status says enough
        }

        if ((int)status >= 500)
        {
            return new ConnectorApiException(
                Endpoint,
                status,
                $"{Endpoint} failed with {(int)status}; MyCase's authorization server is unavailable.");
        }

        var what = grant == "refresh_token"
            ? "MyCase refused the refresh token (it is single use and lasts 2 weeks; it may have been used already, expired or been " +
                "revoked)."
            : "MyCase refused the authorization code (codes are single use and short-lived) or the client credentials.";
        if (error?.Error == "invalid_client")
        {
            what = "MyCase refused the client credentials: check MyCase:ClientId and MyCase:ClientSecret.";
        }

        return new ConnectorAuthenticationException(
            Endpoint,
            status,
            $"{Endpoint} failed with {(int)status}{(error?.Error is { } code ? $" ({code})" : string.Empty)}. {what} {ReauthorizeHint}")
        {
            VendorErrorCode = error?.Error,
            VendorMessage = error?.ErrorDescription,
        };
    }
}
