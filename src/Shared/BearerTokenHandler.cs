using System.Net;
using System.Net.Http.Headers;

namespace Connectors.Shared;

/// <summary>
/// Attaches a bearer token, only to requests for the API's own origin. On a 401 it gets a fresh token once (the source
/// shares the refresh with concurrent callers) and replays the request, whose body was buffered before the first
/// attempt so that it can be sent twice. A second 401 goes back to the caller.
/// </summary>
/// <param name="tokens">The connector's token cache.</param>
/// <param name="apiBaseAddress">The configured API address, read on every request (options may change).</param>
/// <remarks>
/// A request for another origin never gets the token and loses any <c>Authorization</c> header it carries; redirects are
/// never followed with it (<see cref="RedirectRefusalHandler"/>).
/// </remarks>
internal sealed class BearerTokenHandler(IBearerTokenSource tokens, Func<Uri?> apiBaseAddress) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (!CredentialOrigin.Matches(request.RequestUri, apiBaseAddress()))
        {
            request.Headers.Authorization = null;
            return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        }

        if (request.Content is not null)
        {
#if NET9_0_OR_GREATER
            await request.Content.LoadIntoBufferAsync(cancellationToken).ConfigureAwait(false);
#else
            await request.Content.LoadIntoBufferAsync().ConfigureAwait(false);
#endif
        }

        var token = await tokens.GetTokenAsync(null, cancellationToken).ConfigureAwait(false);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        if (response.StatusCode != HttpStatusCode.Unauthorized)
        {
            return response;
        }

        response.Dispose();
        token = await tokens.GetTokenAsync(token, cancellationToken).ConfigureAwait(false);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
    }
}
