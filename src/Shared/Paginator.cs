using System.Runtime.CompilerServices;

using Connectors.Core;
using Connectors.Core.Http;

namespace Connectors.Shared;

/// <summary>
/// Turns page fetches into a lazy <see cref="IAsyncEnumerable{T}"/>: one page in memory at a time, or two when the
/// next page is read ahead.
/// </summary>
internal static class Paginator
{
    /// <summary>How many times one page is read before its failure is passed on.</summary>
    public const int PageAttempts = RepeatableRead.Attempts;

    /// <summary>
    /// Reads every page, starting from <paramref name="firstCursor"/> and following each page's
    /// <see cref="Page{T}.NextCursor"/>. The token is checked before each page; a page that repeats its own cursor
    /// stops the read with an exception rather than looping for ever. A page whose answer was lost or unreadable
    /// (a dropped connection mid-body, a timeout, a 5xx or 429 left after the pipeline's retries, malformed JSON) is
    /// read again, up to <see cref="PageAttempts"/> times in all: a read is safe to repeat, and the pages already
    /// yielded are not read again. A null entry in a page (a JSON <c>null</c> in the vendor's list) carries no record
    /// and is not yielded.
    /// With <paramref name="readAhead"/>, the next page is requested as soon as a page arrives, while its items are
    /// handed on, so a vendor that paces requests (MyCase's 25 per second) is kept busy while the caller maps; the
    /// page read ahead is cancelled and its outcome dropped when the caller stops early, and
    /// <paramref name="fetchPage"/> may run concurrently with the caller's own requests.
    /// </summary>
    /// <param name="fetchPage">Fetches the page for a cursor (null for the first page).</param>
    /// <param name="firstCursor">The cursor of the first page; null for the vendor's default.</param>
    /// <param name="readAhead">True to request the next page while the current one is consumed.</param>
    /// <param name="cancellationToken">Cancels between and during page fetches.</param>
    /// <exception cref="ConnectorException">The vendor returned the same cursor twice in a row.</exception>
    public static async IAsyncEnumerable<T> ReadAllAsync<T>(
        Func<string?, CancellationToken, Task<Page<T>>> fetchPage,
        string? firstCursor = null,
        bool readAhead = false,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(fetchPage);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        Task<Page<T>>? pending = null;
        try
        {
            var cursor = firstCursor;
            pending = Fetch(fetchPage, cursor, stop.Token, cancellationToken);
            while (pending is not null)
            {
                var page = await pending.ConfigureAwait(false);
                pending = null;
                var next = page.NextCursor;
                if (next is not null && string.Equals(next, cursor, StringComparison.Ordinal))
                {
                    throw new ConnectorException($"The vendor returned the same page cursor twice; the read stopped to avoid an endless " +
                        "loop.");
                }

                if (next is not null && readAhead)
                {
                    pending = Fetch(fetchPage, next, stop.Token, cancellationToken);
                }

                foreach (var item in page.Items ?? [])
                {
                    if (item is not null)
                    {
                        yield return item;
                    }
                }

                if (next is not null && !readAhead)
                {
                    pending = Fetch(fetchPage, next, stop.Token, cancellationToken);
                }

                cursor = next;
            }
        }
        finally
        {
            // A page read ahead that nobody will consume: stop it and observe its end, so no request outlives the read.
            if (pending is not null)
            {
                await stop.CancelAsync().ConfigureAwait(false);
                await ((Task)pending).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            }
        }
    }

    /// <summary>
    /// Refuses a page that holds more records than the page size asked for: the vendor did not answer the question the
    /// SDK asked (or something between them changed the answer), and a reader that trusts the count it asked for must
    /// not be handed more. Called by each connector's page read, inside the read, so the page is read again as any
    /// unreadable page is.
    /// </summary>
    /// <param name="endpoint">The operation, as <c>"GET /api/v1/cases"</c>.</param>
    /// <param name="received">The records the page holds (null entries included).</param>
    /// <param name="requested">The page size asked for.</param>
    /// <exception cref="ConnectorResponseFormatException">The page holds more than <paramref name="requested"/> records.</exception>
    public static void EnsureWithinPageSize(string endpoint, int received, int requested)
    {
        if (received > requested)
        {
            throw TooLong(endpoint, requested);
        }
    }

    /// <summary>The exception <see cref="EnsureWithinPageSize"/> throws, for a reader that counts records as it goes.</summary>
    /// <param name="endpoint">The operation, as <c>"GET /api/v1/cases"</c>.</param>
    /// <param name="requested">The page size asked for.</param>
    public static ConnectorResponseFormatException TooLong(string endpoint, int requested) =>
        new(endpoint, null, $"{endpoint} answered with more records than the {requested} asked for; nothing from that page was used.");

    private static Task<Page<T>> Fetch<T>(
        Func<string?, CancellationToken, Task<Page<T>>> fetchPage,
        string? cursor,
        CancellationToken stop,
        CancellationToken caller)
    {
        caller.ThrowIfCancellationRequested();
        return RepeatableRead.RunAsync(ct => fetchPage(cursor, ct), stop);
    }
}
