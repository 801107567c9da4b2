using System.Globalization;
using Connectors.Core.Http;
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
    public static IAsyncEnumerable<T> ReadAllAsync<T>(
        string endpoint,
        Func<string?, CancellationToken, Task<ApiResponse<IReadOnlyList<T>>>> fetch,
        Action<long?>? onPage,
        CancellationToken cancellationToken) =>
        Paginator.ReadAllAsync<T>(
            async (cursor, ct) =>
            {
                using var response = await MyCaseCall.RunAsync(endpoint, async c => MyCaseCall.Ensure(await fetch(cursor, c).ConfigureAwait(false)), ct)
                    .ConfigureAwait(false);
                var next = response.Headers is { } headers && headers.TryGetValues("Link", out var links) ? MyCaseLinkHeader.NextPageToken(links) : null;
                var total = ItemCount(response);
                MyCaseTelemetry.Instance.Pages.Add(1);
                onPage?.Invoke(total);
                // A null entry of a list carries nothing to read, not even an id: it is dropped rather than handed on.
                return new Page<T>([.. (response.Content ?? []).Where(item => item is not null)], next, total);
            },
            readAhead: true,
            cancellationToken: cancellationToken);

    private static long? ItemCount<T>(ApiResponse<IReadOnlyList<T>> response) =>
        response.Headers is { } headers && headers.TryGetValues("Item-Count", out var values)
        && long.TryParse(values.FirstOrDefault(), NumberStyles.None, CultureInfo.InvariantCulture, out var count)
            ? count
            : null;
}
