using System.Globalization;

using Connectors.CasePeer.Models;
using Connectors.Shared;

namespace Connectors.CasePeer.Http;

/// <summary>
/// Every page of a CASEpeer list, read lazily through the shared <see cref="Paginator"/>: pages are numbered from 1 and
/// the next one is asked for while the answer has a <c>next</c> link, so a caller that stops early (a match found) reads
/// no further page. Each page is checked against the page size asked for and read again when its answer was unreadable.
/// </summary>
internal static class CasePeerPages
{
    /// <summary>Every item of every page, one page in memory at a time.</summary>
    /// <param name="endpoint">The operation, as <c>"GET /api/v1/cases/{id}/notes"</c>.</param>
    /// <param name="pageSize">The page size to ask for.</param>
    /// <param name="fetch">Fetches one page by number (1-based) and size.</param>
    /// <param name="cancellationToken">Cancels between and during page reads.</param>
    public static IAsyncEnumerable<T> ReadAllAsync<T>(
        string endpoint,
        int pageSize,
        Func<int, int, CancellationToken, Task<CasePeerPage<T>>> fetch,
        CancellationToken cancellationToken) =>
        Paginator.ReadAllAsync<T>(
            async (cursor, ct) =>
            {
                var number = cursor is null ? 1 : int.Parse(cursor, CultureInfo.InvariantCulture);
                var page = await CasePeerCall.RunAsync(endpoint, async c =>
                {
                    var answer = await fetch(number, pageSize, c).ConfigureAwait(false);
                    Paginator.EnsureWithinPageSize(endpoint, answer is { Results: { } results } ? results.Count : 0, pageSize);
                    return answer;
                }, ct).ConfigureAwait(false);
                CasePeerTelemetry.Instance.Pages.Add(1);
                var next = page.Next is null ? null : (number + 1).ToString(CultureInfo.InvariantCulture);
                return new Page<T>(page.Results ?? [], next, page.Count);
            },
            cancellationToken: cancellationToken);
}
