using System.Diagnostics.Metrics;

using Microsoft.Extensions.Http.Resilience;

using Polly;

namespace Connectors.Shared;

/// <summary>
/// The standard resilience pipeline as every connector configures it. Compiled into each connector (linked source), so
/// that Core stays free of Microsoft.Extensions.Http.Resilience.
/// </summary>
internal static class ConnectorResilience
{
    /// <summary>
    /// Retries only safe methods (a write is never repeated blindly), honours <c>Retry-After</c> in both forms (one longer
    /// than <paramref name="totalTimeout"/> ends the call at once instead), backs off exponentially
    /// with jitter unless the delay is zero (tests), and takes attempt and total timeouts from the connector's options.
    /// </summary>
    /// <param name="resilience">The options of the standard handler being configured.</param>
    /// <param name="maxRetryAttempts">Retries after the first attempt; 0 turns retries off.</param>
    /// <param name="retryDelay">The base delay of the exponential back-off.</param>
    /// <param name="attemptTimeout">The limit of one attempt.</param>
    /// <param name="totalTimeout">The limit of the whole call, retries and delays included.</param>
    /// <param name="retries">The connector's retry counter, incremented on every retry.</param>
    /// <param name="postIsRepeatable">
    /// True for a client whose POST changes nothing at the vendor (a sign-in), so that it is retried like a read.
    /// </param>
    public static void Configure(
        HttpStandardResilienceOptions resilience,
        int maxRetryAttempts,
        TimeSpan retryDelay,
        TimeSpan attemptTimeout,
        TimeSpan totalTimeout,
        Counter<long> retries,
        bool postIsRepeatable = false)
    {
        if (postIsRepeatable)
        {
            resilience.Retry.DisableFor(HttpMethod.Put, HttpMethod.Patch, HttpMethod.Delete, HttpMethod.Connect);
        }
        else
        {
            resilience.Retry.DisableForUnsafeHttpMethods();
        }

        // The retry options refuse 0 attempts, so "no retries" is one attempt that never handles anything.
        resilience.Retry.MaxRetryAttempts = Math.Max(1, maxRetryAttempts);
        resilience.Retry.ShouldHandle = maxRetryAttempts == 0 ? _ => PredicateResult.False() : resilience.Retry.ShouldHandle;
        resilience.Retry.Delay = retryDelay;
        resilience.Retry.BackoffType = DelayBackoffType.Exponential;
        resilience.Retry.UseJitter = retryDelay > TimeSpan.Zero;
        resilience.Retry.ShouldRetryAfterHeader = true;
        // A wait longer than the whole call may take is never waited for (a timer could not even hold some of them): the
        // answer goes back at once, and the caller reads the wait from ConnectorRateLimitedException.RetryAfter.
        var shouldHandle = resilience.Retry.ShouldHandle;
        resilience.Retry.ShouldHandle = args =>
            args.Outcome.Result is { } response && RetryAfterHeader.Read(response.Headers, TimeProvider.System) > totalTimeout
                ? PredicateResult.False()
                : shouldHandle(args);
        resilience.Retry.OnRetry = _ =>
        {
            retries.Add(1);
            return ValueTask.CompletedTask;
        };
        resilience.AttemptTimeout.Timeout = attemptTimeout;
        resilience.TotalRequestTimeout.Timeout = totalTimeout;
        // The circuit breaker's options are rejected at start-up unless it samples at least two attempts' worth of time.
        if (resilience.CircuitBreaker.SamplingDuration < attemptTimeout * 2)
        {
            resilience.CircuitBreaker.SamplingDuration = attemptTimeout * 2;
        }
    }
}
