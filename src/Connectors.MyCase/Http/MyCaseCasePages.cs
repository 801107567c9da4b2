using Connectors.Core.Http;
using Connectors.Shared;

namespace Connectors.MyCase.Http;

/// <summary>
/// Reads one page of <c>GET /v1/cases</c> through <see cref="IMyCaseApi.ListCasesStreamAsync"/> into one pooled buffer,
/// whose cases are then read one at a time (<see cref="MyCaseCaseRecords"/>): Refit's typed list would first copy
/// each ~0.8 MB answer into memory (docs/performance.md). The request, its handlers (resilience, telemetry, bearer
/// token, rate limit, page byte cap) and its error translation are every MyCase call's. Each page carries one item.
/// </summary>
internal sealed class MyCaseCasePages(IMyCaseApi api)
{
    private const string Endpoint = "GET /v1/cases";

    /// <summary>
    /// The page for <paramref name="pageToken"/> (null for the first). The caller disposes the page's records.
    /// </summary>
    public Task<Page<MyCaseCaseRecords>> FetchAsync(
        int pageSize,
        string? updatedAfter,
        string? pageToken,
        Action<long?>? onPage,
        CancellationToken cancellationToken) =>
        MyCaseCall.RunAsync(Endpoint, ct => ReadAsync(pageSize, updatedAfter, pageToken, onPage, ct), cancellationToken);

    private async Task<Page<MyCaseCaseRecords>> ReadAsync(
        int pageSize,
        string? updatedAfter,
        string? pageToken,
        Action<long?>? onPage,
        CancellationToken cancellationToken)
    {
        var answer = await api.ListCasesStreamAsync(pageSize, updatedAfter, null, MyCaseMapper.ClientFields, pageToken, cancellationToken)
            .ConfigureAwait(false);
        using var response = MyCaseCall.Ensure(answer);
        var body = await PooledBody.ReadAsync(response.Content ?? Stream.Null, response.ContentHeaders?.ContentLength, cancellationToken)
            .ConfigureAwait(false);
        var records = MyCaseCaseRecords.Open(body, pageSize);
        var (next, total) = MyCasePaging.ReadHeaders(response.Headers, onPage);
        return new Page<MyCaseCaseRecords>([records], next, total);
    }
}
