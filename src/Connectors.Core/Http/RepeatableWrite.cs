namespace Connectors.Core.Http;

/// <summary>
/// Sends a write that carries an idempotency key, and sends it again with the same key when no usable answer came back
/// (a dropped connection, a timeout, a 5xx, a 429): the server applies a key once, so the write happens exactly once.
/// Resilience pipelines never repeat a write themselves; this is the one place that does, and only for keyed writes.
/// </summary>
public static class RepeatableWrite
{
    /// <summary>The longest <c>Retry-After</c> a write waits for before it is sent again.</summary>
    public static readonly TimeSpan MaxRetryAfter = TimeSpan.FromSeconds(30);

    /// <summary>Runs <paramref name="write"/> up to <paramref name="attempts"/> times while it fails without an answer.</summary>
    /// <param name="attempts">Attempts in all (at least one).</param>
    /// <param name="write">The write, already translating failures into <see cref="ConnectorApiException"/>; it must reuse one idempotency key.</param>
    /// <param name="cancellationToken">Cancels between and during attempts.</param>
    public static async Task<T> SendAsync<T>(int attempts, Func<CancellationToken, Task<T>> write, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(write);
        for (var attempt = 1; ; attempt++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            try
            {
                return await write(cancellationToken).ConfigureAwait(false);
            }
            catch (ConnectorApiException ex) when (attempt < attempts && IsWorthRepeating(ex))
            {
                // Same key next time: if the first attempt was applied, the server answers with its result.
                if (ex is ConnectorRateLimitedException { RetryAfter: { } wait } && wait > TimeSpan.Zero)
                {
                    await Task.Delay(wait < MaxRetryAfter ? wait : MaxRetryAfter, cancellationToken).ConfigureAwait(false);
                }
            }
        }
    }

    /// <summary>
    /// True for failures after which the server applies a resend with the same key at most once: no answer, a timeout,
    /// a 5xx, a 429. False for refusals, and always for <see cref="WriteOutcomeUnknownException"/>: that one reports a
    /// write already given up on because a resend could apply it twice, whatever its status says.
    /// </summary>
    public static bool IsWorthRepeating(ConnectorApiException exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        if (exception is WriteOutcomeUnknownException)
        {
            return false;
        }

        return exception is ConnectorTimeoutException or ConnectorRateLimitedException
            || exception.StatusCode is null
            || (int)exception.StatusCode >= 500;
    }
}
