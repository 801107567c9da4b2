using System.Globalization;
using System.Net.Http.Headers;

using Connectors.Core.Http;
using Connectors.Shared;

using Refit;

namespace Connectors.MyCase.Http;

/// <summary>
/// Turns a MyCase list endpoint into a lazy <see cref="IAsyncEnumerable{T}"/>: the bare JSON array of each page, the
/// next page's <c>page_token</c> from the <c>Link</c> header, and the <c>Item-Count</c> header as the total. The next
/// page is read ahead: with requests paced at 25 a second, a page in flight while the last one is mapped is what lets
/// a read come close to the limit. <c>onPage</c> may therefore run while the caller handles the page before.
/// </summary>
internal static class MyCasePaging
{
    /// <summary>Pages through a Refit list call.</summary>
    public static IAsyncEnumerable<T> ReadAllAsync<T>(
        string endpoint,
        Func<string?, CancellationToken, Task<ApiResponse<IReadOnlyList<T>>>> fetch,
        Action<long?>? onPage,
        CancellationToken cancellationToken) =>
        ReadPagesAsync<T>(
            async (cursor, ct) =>
            {
                using var response = await MyCaseCall.RunAsync(
                    endpoint,
                    async c => MyCaseCall.Ensure(await fetch(cursor, c).ConfigureAwait(false)),
                    ct)
                    .ConfigureAwait(false);
                return ToPage(response.Content, response.Headers, onPage);
            },
            cancellationToken);

    /// <summary>Pages through fetches that already read their answer (<see cref="MyCaseCasePages"/>).</summary>
    public static IAsyncEnumerable<T> ReadPagesAsync<T>(
        Func<string?, CancellationToken, Task<Page<T>>> fetchPage,
        CancellationToken cancellationToken) =>
        Paginator.ReadAllAsync(fetchPage, readAhead: true, cancellationToken: cancellationToken);

    /// <summary>One page from a list answer's items and headers; counts the page and reports its <c>Item-Count</c>.</summary>
    public static Page<T> ToPage<T>(IReadOnlyList<T>? items, HttpResponseHeaders? headers, Action<long?>? onPage)
    {
        var (next, total) = ReadHeaders(headers, onPage);

        // A null entry of a list carries nothing to read, not even an id: it is dropped rather than handed on.
        return new Page<T>([.. (items ?? []).Where(item => item is not null)], next, total);
    }

    /// <summary>A page's next <c>page_token</c> and <c>Item-Count</c>; counts the page and reports the count.</summary>
    public static (string? Next, long? Total) ReadHeaders(HttpResponseHeaders? headers, Action<long?>? onPage)
    {
        var next = headers is not null && headers.TryGetValues("Link", out var links) ? MyCaseLinkHeader.NextPageToken(links) : null;
        var total = headers is not null && headers.TryGetValues("Item-Count", out var values)
            && long.TryParse(values.FirstOrDefault(), NumberStyles.None, CultureInfo.InvariantCulture, out var count)
                ? count
                : (long?)null;
        MyCaseTelemetry.Instance.Pages.Add(1);
        onPage?.Invoke(total);
        return (next, total);
    }
}
