namespace Connectors.CaseXchange.Models;

/// <summary>Paging of a list: <c>{page, limit, total, totalPages}</c>.</summary>
/// <param name="Page">1-based page number.</param>
/// <param name="Limit">Items per page.</param>
/// <param name="Total">Items in all pages.</param>
/// <param name="TotalPages">Number of pages.</param>
internal sealed record CaseXchangePagination(int Page, int Limit, int Total, int TotalPages);
