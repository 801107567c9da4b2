using System.Net;
using System.Net.Http;
using System.Runtime.ExceptionServices;

using Connectors.Core.Http;

namespace Connectors.Shared;

/// <summary>
/// The one place a write is sent again. Resilience pipelines never repeat a write; this block does, and only where a
/// repeat cannot apply it twice: after a failure that proves nothing was applied (a 429, a connection never opened);
/// after a look at the vendor (<see cref="SafeWrite{T}.FindApplied"/>) shows it did not land; or on faith where
/// <see cref="SafeWrite{T}.Repeat"/> allows (an idempotency key, absolute values). A write that may have been applied
/// and that nothing can decide ends in <see cref="WriteOutcomeUnknownException"/>, naming the operation.
/// </summary>
internal static class RepeatableWrite
{
    /// <summary>The longest <c>Retry-After</c> a write waits for before it is sent again.</summary>
    public static readonly TimeSpan MaxRetryAfter = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Sends a write that carries an idempotency key the vendor honours, or sets absolute values, again with the same
    /// request after every failure worth repeating (<see cref="WriteRepeat.Always"/>), up to <paramref name="attempts"/>;
    /// ends in <see cref="WriteOutcomeUnknownException"/> when the last attempt may have been applied.
    /// </summary>
    /// <param name="attempts">Attempts in all (at least one).</param>
    /// <param name="write">The write, already translating failures into <see cref="ConnectorApiException"/>; it must reuse one idempotency
    /// key.</param>
    /// <param name="cancellationToken">Cancels between and during attempts.</param>
    public static Task<T> SendAsync<T>(int attempts, Func<CancellationToken, Task<T>> write, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(write);
        return SendAsync(
            new SafeWrite<T> { Operation = string.Empty, Send = write, Attempts = attempts, Repeat = WriteRepeat.Always },
            cancellationToken);
    }

    /// <summary>Sends <paramref name="write"/>, again only where it is safe (see the class), up to <see cref="SafeWrite{T}.Attempts"/>
    /// times.</summary>
    /// <returns>The write's answer, or the applied result <see cref="SafeWrite{T}.FindApplied"/> found.</returns>
    /// <exception cref="WriteOutcomeUnknownException">The write may have been applied and nothing could tell; it was not sent
    /// again.</exception>
    /// <exception cref="ConnectorApiException">The write failed and was not applied (refused, or proved not applied on its last
    /// attempt).</exception>
    public static async Task<T> SendAsync<T>(SafeWrite<T> write, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(write);
        for (var attempt = 1; ; attempt++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            ConnectorApiException failure;
            try
            {
                return await write.Send(cancellationToken).ConfigureAwait(false);
            }
            catch (ConnectorApiException ex)
                when (IsWorthRepeating(ex) || (write.UnreadableAnswerIsLost && ex is ConnectorResponseFormatException))
            {
                failure = ex;
            }

            var last = attempt >= write.Attempts;
            if (ProvesNotApplied(failure))
            {
                Rethrow(failure, last);
                await PauseAsync(failure, attempt, write.RetryBaseDelay, cancellationToken).ConfigureAwait(false);
                continue;
            }

            if (write.FindApplied is { } find)
            {
                // Give an attempt still being processed (a late answer) time to land before looking.
                await PauseAsync(failure, attempt, write.RetryBaseDelay, cancellationToken).ConfigureAwait(false);
                T? applied;
                try
                {
                    applied = await find(cancellationToken).ConfigureAwait(false);
                }
                catch (ConnectorApiException lookup)
                {
                    throw Unknown(write, failure, $"looking for it failed too ({lookup.Message})");
                }

                if (applied is not null && !EqualityComparer<T>.Default.Equals(applied, default!))
                {
                    return applied; // it landed; only its answer was lost
                }

                if (!write.NotFoundMeansNotApplied)
                {
                    throw Unknown(
                        write,
                        failure,
                        "looking for it found nothing, but the look cannot see everywhere it may have landed, so it was not sent again");
                }

                Rethrow(failure, last); // looked and not there: not applied, a plain failure
                continue;
            }

            var answered = failure.StatusCode is { } status && (int)status >= 500 && failure is not ConnectorTimeoutException;
            var onFaith = write.Repeat == WriteRepeat.Always || (write.Repeat == WriteRepeat.AfterErrorAnswer && answered);
            if (!onFaith)
            {
                throw Unknown(write, failure, "nothing can look it up, so it was not sent again");
            }

            if (last)
            {
                throw Unknown(write, failure, $"it was sent {attempt} time(s) without a usable answer");
            }

            await PauseAsync(failure, attempt, write.RetryBaseDelay, cancellationToken).ConfigureAwait(false);
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

    /// <summary>
    /// True when the failure proves the write was not applied: a 429 (a rate limiter answers instead of processing), or
    /// a connection that could not be opened (DNS, TCP connect, TLS, proxy), so nothing was sent. A 5xx, a timeout or a
    /// connection lost after sending prove nothing.
    /// </summary>
    public static bool ProvesNotApplied(ConnectorApiException failure)
    {
        ArgumentNullException.ThrowIfNull(failure);
        if (failure is ConnectorRateLimitedException || failure.StatusCode == HttpStatusCode.TooManyRequests)
        {
            return true;
        }

        for (Exception? e = failure; e is not null; e = e.InnerException)
        {
            if (e is HttpRequestException
                {
                    HttpRequestError: HttpRequestError.NameResolutionError or HttpRequestError.ConnectionError
                        or HttpRequestError.SecureConnectionError or HttpRequestError.ProxyTunnelError,
                })
            {
                return true;
            }
        }

        return false;
    }

    // The vendor's Retry-After when it sent one (at most MaxRetryAfter), else the base delay doubled per attempt made.
    internal static Task PauseAsync(
        ConnectorApiException failure,
        int attemptsDone,
        TimeSpan baseDelay,
        CancellationToken cancellationToken)
    {
        var pause = failure.RetryAfter is { } retryAfter && retryAfter > TimeSpan.Zero
            ? (retryAfter < MaxRetryAfter ? retryAfter : MaxRetryAfter)
            : baseDelay * Math.Pow(2, Math.Max(0, attemptsDone - 1));
        return pause > TimeSpan.Zero ? Task.Delay(pause, cancellationToken) : Task.CompletedTask;
    }

    private static void Rethrow(ConnectorApiException failure, bool last)
    {
        if (last)
        {
            ExceptionDispatchInfo.Throw(failure);
        }
    }

    private static WriteOutcomeUnknownException Unknown<T>(SafeWrite<T> write, ConnectorApiException failure, string why)
    {
        var operation = string.IsNullOrEmpty(write.Operation) ? failure.Endpoint : write.Operation;
        return new WriteOutcomeUnknownException(
            operation,
            failure.StatusCode,
            $"{operation} got no usable answer ({failure.Message}) and may have been applied: {why}. " +
            (write.Recovery ?? "Find out whether it landed before writing it again."),
            failure);
    }
}
