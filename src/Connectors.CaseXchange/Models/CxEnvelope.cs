namespace Connectors.CaseXchange.Models;

/// <summary>The Public API's success envelope: <c>{"data", "pagination", "meta"}</c>.</summary>
/// <typeparam name="T">The data type.</typeparam>
/// <param name="Data">The payload.</param>
/// <param name="Pagination">Paging, on list endpoints.</param>
/// <param name="Meta">Request id and timestamp.</param>
public sealed record CxEnvelope<T>(T? Data, CxPagination? Pagination, CxMeta? Meta);

/// <summary>Paging of a list: <c>{page, limit, total, totalPages}</c>.</summary>
/// <param name="Page">1-based page number.</param>
/// <param name="Limit">Items per page.</param>
/// <param name="Total">Items in all pages.</param>
/// <param name="TotalPages">Number of pages.</param>
public sealed record CxPagination(int Page, int Limit, int Total, int TotalPages);

/// <summary>Response metadata.</summary>
/// <param name="RequestId">The request id, to quote to Case Xchange support.</param>
/// <param name="Timestamp">When the server answered.</param>
public sealed record CxMeta(string? RequestId, DateTimeOffset? Timestamp);
