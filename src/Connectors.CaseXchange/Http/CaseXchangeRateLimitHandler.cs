namespace Connectors.CaseXchange.Http;

/// <summary>Waits out an exhausted rate limit before each attempt and records the limit headers of each answer.</summary>
internal sealed class CaseXchangeRateLimitHandler(CaseXchangeRateLimitState state, TimeProvider time) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var wait = state.DelayBeforeNextRequest();
        if (wait > TimeSpan.Zero)
        {
            await Task.Delay(wait, time, cancellationToken).ConfigureAwait(false);
        }

        var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        state.Observe(response.Headers);
        return response;
    }
}
