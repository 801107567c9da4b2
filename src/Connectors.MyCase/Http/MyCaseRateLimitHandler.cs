namespace Connectors.MyCase.Http;

/// <summary>Waits for room in the shared <see cref="MyCaseRateLimiter"/> before each request goes on the wire.</summary>
internal sealed class MyCaseRateLimitHandler(MyCaseRateLimiter limiter) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        await limiter.WaitAsync(cancellationToken).ConfigureAwait(false);
        return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
    }
}
