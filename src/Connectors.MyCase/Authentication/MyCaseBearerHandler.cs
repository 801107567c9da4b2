using System.Net;
using System.Net.Http.Headers;

namespace Connectors.MyCase.Authentication;

/// <summary>
/// Attaches the bearer token, only to requests for the configured API host (a presigned upload URL or any other host
/// never sees it). On a 401 it gets a fresh token once (the refresh is shared with concurrent callers) and replays the
/// request, whose body was buffered before the first attempt. A second 401 goes back to the caller, which reports it
/// as an authentication error asking the user to re-authorize.
/// </summary>
internal sealed class MyCaseBearerHandler(MyCaseTokenManager tokens, MyCaseSettings options) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (!SameOrigin(request.RequestUri, options.Current.BaseAddress))
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

        var token = await tokens.GetAccessTokenAsync(null, cancellationToken).ConfigureAwait(false);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        if (response.StatusCode != HttpStatusCode.Unauthorized)
        {
            return response;
        }

        response.Dispose();
        token = await tokens.GetAccessTokenAsync(token, cancellationToken).ConfigureAwait(false);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
    }

    internal static bool SameOrigin(Uri? request, Uri? configured) =>
        request is { IsAbsoluteUri: true } && configured is { IsAbsoluteUri: true }
        && string.Equals(request.Scheme, configured.Scheme, StringComparison.OrdinalIgnoreCase)
        && string.Equals(request.IdnHost, configured.IdnHost, StringComparison.OrdinalIgnoreCase)
        && request.Port == configured.Port;
}
