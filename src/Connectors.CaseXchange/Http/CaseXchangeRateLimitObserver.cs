using Connectors.Core.Http;

namespace Connectors.CaseXchange.Http;

/// <summary>
/// Records the limit headers of every attempt's answer (<see cref="CaseXchangeRateLimitState.TryObserve"/>). A reset
/// that is no time at all (past the year 9999) is an answer the SDK cannot read: it ends in
/// <see cref="ConnectorResponseFormatException"/>, never in an arithmetic exception.
/// </summary>
internal sealed class CaseXchangeRateLimitObserver(CaseXchangeRateLimitState state) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        if (!state.TryObserve(response.Headers))
        {
            var status = response.StatusCode;
            response.Dispose();
            var endpoint = $"{request.Method} {request.RequestUri?.AbsolutePath}";
            throw new ConnectorResponseFormatException(
                endpoint,
                status,
                $"{endpoint} answered with an X-RateLimit-Reset that is not a time the SDK can wait for; "
                    + "nothing from that answer was used.");
        }

        return response;
    }
}
