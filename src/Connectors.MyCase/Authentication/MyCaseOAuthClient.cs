using System.Text;

using Connectors.Core.Http;

namespace Connectors.MyCase.Authentication;

/// <summary>
/// MyCase's OAuth 2.0 authorization-code flow: the authorize URL to send the user to, and the exchange of the code the
/// redirect brings back. The tokens go to the registered <see cref="IMyCaseTokenStore"/>; refreshing is automatic after that.
/// </summary>
public sealed class MyCaseOAuthClient
{
    private readonly MyCaseSettings _options;
    private readonly MyCaseTokenEndpoint _endpoint;
    private readonly IMyCaseTokenStore _store;

    internal MyCaseOAuthClient(MyCaseSettings options, MyCaseTokenEndpoint endpoint, IMyCaseTokenStore store)
    {
        _options = options;
        _endpoint = endpoint;
        _store = store;
    }

    /// <summary>
    /// <c>{AuthorizationServer}login_sessions/new?client_id=..&amp;redirect_uri=..&amp;response_type=code&amp;state=..</c>.
    /// </summary>
    /// <param name="state">An unguessable value the host keeps and checks when the redirect comes back (CSRF protection).</param>
    public Uri BuildAuthorizeUri(string state)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(state);
        var options = _options.Current;
        var query = new StringBuilder()
            .Append("client_id=").Append(Uri.EscapeDataString(options.ClientId ?? string.Empty))
            .Append("&redirect_uri=").Append(Uri.EscapeDataString(options.RedirectUri?.ToString() ?? string.Empty))
            .Append("&response_type=code")
            .Append("&state=").Append(Uri.EscapeDataString(state));
        return new Uri(options.AuthorizationServer!, $"login_sessions/new?{query}");
    }

    /// <summary>
    /// Exchanges the code from the redirect for tokens, saves them, and returns the firm's connection. The code is single
    /// use: once sent, the exchange runs under <see cref="MyCaseOptions.TokenRequestTimeout"/> and its tokens are saved
    /// even when <paramref name="cancellationToken"/> gives up on waiting. The new pair replaces whatever the store holds
    /// (<see cref="MyCaseTokenStoreExtensions.SaveAsync"/>): a new authorization is the user's latest word, and usually the
    /// stored pair is dead. Two authorizations at once: the later save wins and the earlier pair is discarded.
    /// </summary>
    /// <exception cref="ConnectorAuthenticationException">MyCase refused the code or the client credentials.</exception>
    public Task<MyCaseConnection> ExchangeCodeAsync(string code, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(code);
        cancellationToken.ThrowIfCancellationRequested();
        return ExchangeAndSaveAsync(code, cancellationToken);
    }

    private async Task<MyCaseConnection> ExchangeAndSaveAsync(string code, CancellationToken cancellationToken)
    {
        // A store that cannot be read (a damaged token file) fails here, before the single-use code is spent.
        await _store.ReadAsync(cancellationToken).ConfigureAwait(false);
        return await SpendAndSaveAsync(code).WaitAsync(cancellationToken).ConfigureAwait(false);
    }

    private async Task<MyCaseConnection> SpendAndSaveAsync(string code)
    {
        var tokens = await _endpoint.ExchangeCodeAsync(code).ConfigureAwait(false);
        await _store.SaveAsync(tokens, CancellationToken.None).ConfigureAwait(false);
        return new MyCaseConnection(tokens.FirmUuid, tokens.Scope, tokens.AccessTokenExpiresAt, tokens.RefreshTokenExpiresAt);
    }

    /// <summary>
    /// Completes the flow from the redirect URL MyCase sent the user back to: checks <c>state</c> against
    /// <paramref name="expectedState"/>, then exchanges the <c>code</c>.
    /// </summary>
    /// <exception cref="ConnectorAuthenticationException">The state does not match, the redirect carries no code, or MyCase refused
    /// it.</exception>
    public Task<MyCaseConnection> CompleteAuthorizationAsync(
        Uri redirect,
        string expectedState,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(redirect);
        ArgumentException.ThrowIfNullOrWhiteSpace(expectedState);
        var query = Query(redirect);
        if (!query.TryGetValue("state", out var state) || !string.Equals(state, expectedState, StringComparison.Ordinal))
        {
            throw new ConnectorAuthenticationException("GET login_sessions/new", null, "The authorization redirect's state does not " +
                "match the one sent: the redirect was not started by this host. Start the authorization again.");
        }

        if (!query.TryGetValue("code", out var code) || string.IsNullOrWhiteSpace(code))
        {
            var error = query.TryGetValue("error", out var e) ? $" MyCase answered '{e}'." : string.Empty;
            throw new ConnectorAuthenticationException("GET login_sessions/new", null, $"The authorization redirect carries no code (the " +
                $"user may have denied access, or lacks the firm permission to manage preferences).{error}");
        }

        return ExchangeCodeAsync(code, cancellationToken);
    }

    private static Dictionary<string, string> Query(Uri uri)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var part in uri.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var pair = part.Split('=', 2);
            result[Uri.UnescapeDataString(pair[0])] = pair.Length > 1 ? Uri.UnescapeDataString(pair[1].Replace('+', ' ')) : string.Empty;
        }

        return result;
    }
}
