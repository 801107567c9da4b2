using Connectors.Core.Http;

namespace Connectors.SmartAdvocate.Dialer;

/// <summary>The pieces every dialer write shares: which failures prove nothing was applied, and the pause before a resend.</summary>
internal static class DialerWrites
{
    // A Retry-After longer than this is not waited out inside one call: the caller's flow decides.
    private static readonly TimeSpan MaxPause = TimeSpan.FromSeconds(30);

    /// <summary>
    /// True when the failure proves the request was not applied: the connection (DNS, TCP, TLS, proxy) could not be
    /// opened, so nothing was sent; or a 429, which a rate limiter answers instead of processing the request. A 5xx, a
    /// timeout or a connection lost after sending prove nothing: the request may have been applied.
    /// </summary>
    public static bool ProvesNotApplied(ConnectorApiException failure) => RepeatableWrite.ProvesNotApplied(failure);

    /// <summary>
    /// Waits before attempt <paramref name="attemptsDone"/> + 1: the vendor's <c>Retry-After</c> when it sent one (at most
    /// 30 s), else <paramref name="baseDelay"/> doubled per attempt already made (zero in tests).
    /// </summary>
    public static Task PauseAsync(ConnectorApiException failure, int attemptsDone, TimeSpan baseDelay, CancellationToken cancellationToken)
    {
        var pause = failure.RetryAfter is { } retryAfter && retryAfter > TimeSpan.Zero
            ? (retryAfter < MaxPause ? retryAfter : MaxPause)
            : baseDelay * Math.Pow(2, Math.Max(0, attemptsDone - 1));
        return pause > TimeSpan.Zero ? Task.Delay(pause, cancellationToken) : Task.CompletedTask;
    }
}
