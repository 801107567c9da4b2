using System.Net;

using Connectors.Core.Http;

namespace Connectors.Shared;

/// <summary>
/// The SDK's redirect policy: no redirect is ever followed, so no key, token or credential body can reach a host other
/// than the configured one. The primary handler is told not to follow redirects (<see cref="ConnectorHttpDefaults"/>);
/// this handler turns the 3xx it then sees into a <see cref="ConnectorApiException"/> naming the endpoint and the status,
/// never the redirect's target (a <c>Location</c> may hold signed URLs). A primary handler of the host's own that
/// follows redirects by itself is caught after the fact: an answer from another origin is refused the same way.
/// </summary>
internal sealed class RedirectRefusalHandler : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        // A following primary handler rewrites the request's URI to the redirect's target, so the original is kept.
        var sentTo = request.RequestUri;
        var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        var status = (int)response.StatusCode;
        var answeredFrom = response.RequestMessage?.RequestUri;
        var redirected = status is >= 300 and <= 399 && status != (int)HttpStatusCode.NotModified;
        var followedElsewhere = sentTo is { IsAbsoluteUri: true }
            && answeredFrom is { IsAbsoluteUri: true }
            && !CredentialOrigin.Matches(answeredFrom, sentTo);
        if (!redirected && !followedElsewhere)
        {
            return response;
        }

        response.Dispose();
        var endpoint = $"{request.Method} " +
            $"{(sentTo is { IsAbsoluteUri: true } ? sentTo.AbsolutePath : sentTo?.OriginalString.Split('?')[0])}";
        throw new ConnectorApiException(
            endpoint,
            followedElsewhere ? null : response.StatusCode,
            followedElsewhere
                ? $"{endpoint} was answered from another host: the HTTP handler followed a redirect. The SDK follows none (a credential " +
                    "must never travel to another host); configure the primary handler with AllowAutoRedirect = false."
                : $"{endpoint} answered {status} {response.StatusCode}, a redirect. The SDK follows none (a credential must never travel " +
                    "to another host); check the configured base address.");
    }
}
