using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;

using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

using NodaTime;

namespace Connectors.Sandbox.MyCase;

// OAuth 2.0 authorization code, as auth.mycase.com serves it: login_sessions/new redirects back with a code (the sandbox
// signs the firm user in and allows access at once), tokens exchanges codes and refresh tokens. Codes and refresh
// tokens are single use; a reused one is answered with invalid_grant.
public sealed partial class MyCaseSandbox
{
    private readonly Dictionary<string, bool> _codes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Instant> _accessTokens = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (Instant Expires, bool Used)> _refreshTokens = new(StringComparer.Ordinal);
    private readonly Queue<long> _recentRequests = new();

    /// <summary>How many refresh grants the sandbox honoured.</summary>
    public int Refreshes { get; private set; }

    /// <summary>
    /// How many refresh grants the sandbox refused because their refresh token was already spent (or revoked): the
    /// count a test of two hosts sharing one token store expects to stay at 0.
    /// </summary>
    public int RefreshReuses { get; private set; }

    /// <summary>How many code exchanges the sandbox honoured.</summary>
    public int Exchanges { get; private set; }

    /// <summary>Revokes every access token, as if they had expired on MyCase's side: the next request gets a 401.</summary>
    public void RevokeAccessTokens() => Locked(() =>
    {
        _accessTokens.Clear();
        return 0;
    });

    /// <summary>
    /// Revokes the firm's authorization, as when the app is removed in MyCase: every access and refresh token is
    /// refused from now on, until the firm authorizes again.
    /// </summary>
    public void RevokeAuthorization() => Locked(() =>
    {
        _accessTokens.Clear();
        foreach (var key in _refreshTokens.Keys.ToList())
        {
            _refreshTokens[key] = (_refreshTokens[key].Expires, true);
        }

        return 0;
    });

    private void MapAuthorization(IEndpointRouteBuilder auth)
    {
        auth.MapGet("/login_sessions/new", (string? client_id, string? redirect_uri, string? response_type, string? state) =>
        {
            if (client_id != _options.ClientId || redirect_uri is null || response_type != "code"
                || !string.Equals(redirect_uri, _options.RedirectUri.ToString(), StringComparison.Ordinal))
            {
                return Results.Content(
                    "{\"error\":\"invalid_request\",\"error_description\":" +
                    "\"Unknown client_id, unregistered redirect_uri or response_type other than code.\"}",
                    "application/json",
                    Encoding.UTF8,
                    400);
            }

            var code = NewSecret("code");
            Locked(() => _codes[code] = false);
            var separator = redirect_uri.Contains('?', StringComparison.Ordinal) ? '&' : '?';
            var stateParameter = state is null ? string.Empty : $"&state={Uri.EscapeDataString(state)}";
            var location = $"{redirect_uri}{separator}code={Uri.EscapeDataString(code)}{stateParameter}";
            return Results.Redirect(location);
        });
        auth.MapPost("/tokens", Token);
    }

    private async Task<IResult> Token(HttpRequest request)
    {
        var form = await ReadTokenRequestAsync(request).ConfigureAwait(false);
        string? Field(string name) => form.GetValueOrDefault(name);
        if (Field("client_id") != _options.ClientId
            || !CryptographicOperations.FixedTimeEquals(
                Encoding.UTF8.GetBytes(Field("client_secret") ?? string.Empty),
                Encoding.UTF8.GetBytes(_options.ClientSecret)))
        {
            return OAuthError(401, "invalid_client", "Client authentication failed.");
        }

        var now = Clock();
        (Instant Expires, bool Used) known = default;
        lock (_gate)
        {
            switch (Field("grant_type"))
            {
                case "authorization_code":
                    if (Field("code") is not { } code || !_codes.TryGetValue(
                        code,
                        out var used) || used || Field("redirect_uri") != _options.RedirectUri.ToString())
                    {
                        return OAuthError(
                            400,
                            "invalid_grant",
                            "The authorization code is invalid, was already used, or the redirect_uri does not match.");
                    }

                    _codes[code] = true;
                    Exchanges++;
                    Log("oauth", _options.FirmUuid, "authorization code exchanged");
                    return Issue(now, firmUuid: true);
                case "refresh_token":
                    var refresh = Field("refresh_token");
                    var found = refresh is not null && _refreshTokens.TryGetValue(refresh, out known);
                    if (!found || known.Used || now >= known.Expires)
                    {
                        if (found && known.Used)
                        {
                            RefreshReuses++;
                        }

                        return OAuthError(400, "invalid_grant", "The refresh token is invalid, expired, or was already used.");
                    }

                    _refreshTokens[refresh!] = (known.Expires, true);
                    Refreshes++;
                    Log("oauth", _options.FirmUuid, "refresh token used (rotated)");
                    return Issue(now, firmUuid: false);
                default:
                    return OAuthError(400, "unsupported_grant_type", "grant_type must be authorization_code or refresh_token.");
            }
        }
    }

    private IResult Issue(Instant now, bool firmUuid)
    {
        var access = NewSecret("at");
        var refresh = NewSecret("rt");
        _accessTokens[access] = now + _options.AccessTokenLifetime;
        _refreshTokens[refresh] = (now + _options.RefreshTokenLifetime, false);
        var body = new JsonObject
        {
            ["access_token"] = access,
            ["token_type"] = "Bearer",
            ["scope"] = "cases clients staff documents webhooks",
            ["refresh_token"] = refresh,
            ["expires_in"] = (long)_options.AccessTokenLifetime.TotalSeconds,
        };
        if (firmUuid)
        {
            body["firm_uuid"] = _options.FirmUuid;
        }

        return Json(body);
    }

    private IResult? Authenticate(HttpRequest request)
    {
        var header = request.Headers.Authorization.ToString();
        var token = header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? header[7..].Trim() : null;
        var now = Clock();
        var valid = token is not null && Locked(() => _accessTokens.TryGetValue(token, out var expires) && now < expires);
        return valid
            ? null
                : Error(
                    StatusCodes.Status401Unauthorized,
                    "The access token is missing, invalid or expired. Refresh it, or authorize again.");
    }

    // 25 requests per second per client, counted over the last second of RateLimitTime.
    private IResult? Limit(HttpRequest request)
    {
        if (_options.RequestsPerSecond <= 0)
        {
            return null;
        }

        var time = _options.RateLimitTime;
        var now = time.GetTimestamp();
        lock (_gate)
        {
            while (_recentRequests.Count > 0 && time.GetElapsedTime(_recentRequests.Peek(), now) >= TimeSpan.FromSeconds(1))
            {
                _recentRequests.Dequeue();
            }

            if (_recentRequests.Count >= _options.RequestsPerSecond)
            {
                RateLimited++;
                request.HttpContext.Response.Headers.RetryAfter = "1";
                return Error(StatusCodes.Status429TooManyRequests, "Rate limit exceeded: 25 requests per second per client.");
            }

            _recentRequests.Enqueue(now);
            return null;
        }
    }

    private Instant Clock() => (_context?.Clock ?? SystemClock.Instance).GetCurrentInstant();

    private static async Task<Dictionary<string, string>> ReadTokenRequestAsync(HttpRequest request)
    {
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        if (request.HasFormContentType)
        {
            var form = await request.ReadFormAsync(request.HttpContext.RequestAborted).ConfigureAwait(false);
            foreach (var (key, value) in form)
            {
                fields[key] = value.ToString();
            }

            return fields;
        }

        if (await ReadObjectAsync(request).ConfigureAwait(false) is { } json)
        {
            foreach (var (key, value) in json)
            {
                if (value is JsonValue scalar && scalar.TryGetValue<string>(out var text))
                {
                    fields[key] = text;
                }
            }
        }

        return fields;
    }

    private static IResult OAuthError(int status, string error, string description) =>
        Json(new JsonObject { ["error"] = error, ["error_description"] = description }, status);

    private static string NewSecret(string kind) => $"{kind}_{Convert.ToHexString(RandomNumberGenerator.GetBytes(20)).ToLowerInvariant()}";
}
