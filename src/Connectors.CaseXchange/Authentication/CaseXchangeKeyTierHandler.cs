using Connectors.Core.Http;

using Microsoft.Extensions.Options;

namespace Connectors.CaseXchange.Authentication;

/// <summary>
/// Refuses a write with a read-only key before it is sent: the server would refuse it anyway, after a round trip that
/// tells the user less. The key itself is attached by the shared key handler (configured host only).
/// </summary>
internal sealed class CaseXchangeKeyTierHandler(IOptionsMonitor<CaseXchangeOptions> options) : DelegatingHandler
{
    public const string HeaderName = "X-API-Key";

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var key = CaseXchangeApiKey.Parse(options.CurrentValue.ApiKey);
        if (!key.CanWrite && !IsRead(request.Method))
        {
            throw new ConnectorValidationException(
                $"{request.Method} {request.RequestUri?.AbsolutePath}",
                ["The Case Xchange API key is read-only (cxp_ro_); this write needs a standard (cxp_std_) or full (cxp_full_) key. "
                    + "Nothing was sent."]);
        }

        return base.SendAsync(request, cancellationToken);
    }

    private static bool IsRead(HttpMethod method) => method == HttpMethod.Get || method == HttpMethod.Head || method == HttpMethod.Options;
}
