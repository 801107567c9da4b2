using Microsoft.Extensions.Options;

namespace Connectors.CasePeer.Authentication;

/// <summary>Adds the firm key to requests for the configured host only, so the key never leaves for another host.</summary>
internal sealed class CasePeerApiKeyHandler(IOptionsMonitor<CasePeerOptions> options) : DelegatingHandler
{
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var current = options.CurrentValue;
        if (request.RequestUri is { } uri && current.BaseAddress is { } baseAddress
            && Uri.Compare(uri, baseAddress, UriComponents.SchemeAndServer, UriFormat.Unescaped, StringComparison.OrdinalIgnoreCase) == 0)
        {
            request.Headers.Remove(current.ApiKeyHeaderName);
            request.Headers.TryAddWithoutValidation(current.ApiKeyHeaderName, current.ApiKey);
        }

        return base.SendAsync(request, cancellationToken);
    }
}
