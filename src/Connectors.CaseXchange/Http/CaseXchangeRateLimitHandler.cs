namespace Connectors.CaseXchange.Http;

/// <summary>
/// Waits out an exhausted rate limit before a call. Registered outside the resilience handler, so the wait (up to
/// <see cref="CaseXchangeRateLimitState.MaxWait"/>) counts against neither the attempt nor the total timeout: a reset
/// longer than an attempt is waited, not timed out. The limit headers are recorded per attempt by
/// <see cref="CaseXchangeRateLimitObserver"/>, inside the pipeline.
/// </summary>
internal sealed class CaseXchangeRateLimitHandler(CaseXchangeRateLimitState state, TimeProvider time) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var wait = state.DelayBeforeNextRequest();
        if (wait > TimeSpan.Zero)
        {
            await Task.Delay(wait, time, cancellationToken).ConfigureAwait(false);
        }

        return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
    }
}
