using Connectors.Shared;

namespace Connectors.SmartAdvocate.Authentication;

/// <summary>Attaches the dialer's <c>X-ApiKey</c> (the firm's ClientKey), only to requests for the configured dialer host.</summary>
internal sealed class SmartAdvocateApiKeyHandler(FirmOptions options) : DelegatingHandler
{
    internal const string HeaderName = "X-ApiKey";

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var current = options.Current;
        request.Headers.Remove(HeaderName);
        if (current.HasDialerKey && BearerTokenHandler.SameOrigin(request.RequestUri, current.EffectiveDialerBaseAddress))
        {
            request.Headers.TryAddWithoutValidation(HeaderName, current.ClientKey);
        }

        return base.SendAsync(request, cancellationToken);
    }
}