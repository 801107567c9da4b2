using Connectors.Core.Http;

namespace Connectors.Shared;

/// <summary>
/// Runs a read again when its answer was lost or unreadable (a dropped connection mid-body, a timeout, a 5xx or 429
/// left after the pipeline's retries, malformed JSON). A read is safe to repeat; nothing of the failed answer is used.
/// Refusals (401, 403, 404, 400) are not read again.
/// </summary>
internal static class RepeatableRead
{
    /// <summary>How many times a read is made before its failure is passed on.</summary>
    public const int Attempts = 3;

    /// <summary>Runs <paramref name="read"/> up to <see cref="Attempts"/> times while its answer is lost or unreadable.</summary>
    /// <param name="read">The read, already translating failures into <see cref="ConnectorApiException"/>.</param>
    /// <param name="cancellationToken">Cancels between and during attempts.</param>
    public static async Task<T> RunAsync<T>(Func<CancellationToken, Task<T>> read, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(read);
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await read(cancellationToken).ConfigureAwait(false);
            }
            catch (ConnectorApiException ex) when (attempt < Attempts && IsWorthRereading(ex) && !cancellationToken.IsCancellationRequested)
            {
                // Nothing of the failed answer was used: read it again.
            }
        }
    }

    /// <summary>
    /// Runs <paramref name="read"/> up to <paramref name="attempts"/> times while its answer is lost or unreadable, pausing
    /// before each further attempt as <see cref="RepeatableWrite"/> does (the vendor's <c>Retry-After</c>, else
    /// <paramref name="retryBaseDelay"/> doubled per attempt). For reads no resilience pipeline repeats, as a POST that
    /// changes nothing; the last failure is passed on as it is.
    /// </summary>
    /// <param name="attempts">Attempts in all (at least one).</param>
    /// <param name="retryBaseDelay">The pause before the second attempt.</param>
    /// <param name="read">The read, already translating failures into <see cref="ConnectorApiException"/>.</param>
    /// <param name="cancellationToken">Cancels between and during attempts.</param>
    public static async Task<T> RunAsync<T>(
        int attempts,
        TimeSpan retryBaseDelay,
        Func<CancellationToken, Task<T>> read,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(read);
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await read(cancellationToken).ConfigureAwait(false);
            }
            catch (ConnectorApiException ex) when (attempt < attempts && IsWorthRereading(ex) && !cancellationToken.IsCancellationRequested)
            {
                await RepeatableWrite.PauseAsync(ex, attempt, retryBaseDelay, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    /// <summary>
    /// True for failures after which a read is worth making again. Never for <see cref="WriteOutcomeUnknownException"/>:
    /// a read that wraps a write whose outcome is unknown must not send that write again.
    /// </summary>
    public static bool IsWorthRereading(ConnectorApiException exception) =>
        exception is ConnectorResponseFormatException || RepeatableWrite.IsWorthRepeating(exception);
}
