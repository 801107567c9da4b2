namespace Connectors.MyCase.Http;

/// <summary>Waits for a permit of the shared <see cref="MyCaseRateLimiter"/> before each request goes on the wire.</summary>
internal sealed class MyCaseRateLimitHandler(MyCaseRateLimiter limiter) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        using var lease = await limiter.Limiter.AcquireAsync(1, cancellationToken).ConfigureAwait(false);
        if (!lease.IsAcquired)
        {
            throw new Core.ConnectorException("The MyCase client-side rate limiter refused the request.");
        }

        return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
    }
}
