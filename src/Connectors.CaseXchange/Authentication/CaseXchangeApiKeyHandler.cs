using Connectors.Core.Http;
using Microsoft.Extensions.Options;

namespace Connectors.CaseXchange.Authentication;

/// <summary>
/// Adds <c>X-API-Key</c> to requests for the configured host only, so the key never leaves for another host, and
/// refuses a write with a read-only key before it is sent: the server would refuse it anyway, after a round trip
/// that tells the user less.
/// </summary>
internal sealed class CaseXchangeApiKeyHandler(IOptionsMonitor<CaseXchangeOptions> options) : DelegatingHandler
{
    public const string HeaderName = "X-API-Key";

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var current = options.CurrentValue;
        var key = CaseXchangeApiKey.Parse(current.ApiKey);
        if (!key.CanWrite && !IsRead(request.Method))
        {
            throw new ConnectorValidationException(
                $"{request.Method} {request.RequestUri?.AbsolutePath}",
                [$"The Case Xchange API key is read-only (cxp_ro_); this write needs a standard (cxp_std_) or full (cxp_full_) key. Nothing was sent."]);
        }

        if (request.RequestUri is { } uri && current.EffectiveBaseAddress is { } baseAddress
            && Uri.Compare(uri, baseAddress, UriComponents.SchemeAndServer, UriFormat.Unescaped, StringComparison.OrdinalIgnoreCase) == 0)
        {
            request.Headers.Remove(HeaderName);
            request.Headers.TryAddWithoutValidation(HeaderName, key.Value);
        }

        return base.SendAsync(request, cancellationToken);
    }

    private static bool IsRead(HttpMethod method) => method == HttpMethod.Get || method == HttpMethod.Head || method == HttpMethod.Options;
}
