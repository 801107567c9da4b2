namespace Connectors.CaseXchange.Models;

/// <summary>The Public API's success envelope: <c>{"data", "pagination", "meta"}</c>.</summary>
/// <typeparam name="T">The data type.</typeparam>
/// <param name="Data">The payload.</param>
/// <param name="Pagination">Paging, on list endpoints.</param>
/// <param name="Meta">Request id and timestamp.</param>
internal sealed record CaseXchangeEnvelope<T>(T? Data, CaseXchangePagination? Pagination, CaseXchangeMeta? Meta);
