using System.Runtime.CompilerServices;

namespace Connectors.Core.Http;

/// <summary>Turns page fetches into a lazy <see cref="IAsyncEnumerable{T}"/>: one page in memory at a time.</summary>
public static class Paginator
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
    /// </summary>
    /// <param name="fetchPage">Fetches the page for a cursor (null for the first page).</param>
    /// <param name="firstCursor">The cursor of the first page; null for the vendor's default.</param>
    /// <param name="cancellationToken">Cancels between and during page fetches.</param>
    /// <exception cref="ConnectorException">The vendor returned the same cursor twice in a row.</exception>
    public static async IAsyncEnumerable<T> ReadAllAsync<T>(
        Func<string?, CancellationToken, Task<Page<T>>> fetchPage,
        string? firstCursor = null,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(fetchPage);
        var cursor = firstCursor;
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var page = await RepeatableRead.RunAsync(ct => fetchPage(cursor, ct), cancellationToken).ConfigureAwait(false);
            foreach (var item in page.Items ?? [])
            {
                if (item is not null)
                {
                    yield return item;
                }
            }

            if (page.NextCursor is null)
            {
                yield break;
            }

            if (string.Equals(page.NextCursor, cursor, StringComparison.Ordinal))
            {
                throw new ConnectorException($"The vendor returned the same page cursor twice; the read stopped to avoid an endless loop.");
            }

            cursor = page.NextCursor;
        }
    }
}
