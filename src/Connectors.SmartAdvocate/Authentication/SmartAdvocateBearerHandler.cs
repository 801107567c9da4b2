using System.Net;
using System.Net.Http.Headers;

using Microsoft.Extensions.Options;

namespace Connectors.SmartAdvocate.Authentication;

/// <summary>
/// Attaches CaseSyncAPI's bearer token, only to requests for the configured host. On a 401 it signs in again once and
/// replays the request, whose body was buffered before the first attempt so that it can be sent twice.
/// </summary>
internal sealed class SmartAdvocateBearerHandler(SmartAdvocateTokenProvider tokens, FirmOptions options) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (!SameOrigin(request.RequestUri, options.Current.BaseAddress))
        {
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

    internal static bool SameOrigin(Uri? request, Uri? configured) =>
        request is { IsAbsoluteUri: true } && configured is { IsAbsoluteUri: true }
        && string.Equals(request.Scheme, configured.Scheme, StringComparison.OrdinalIgnoreCase)
        && string.Equals(request.IdnHost, configured.IdnHost, StringComparison.OrdinalIgnoreCase)
        && request.Port == configured.Port;
}