using System.Text.Json.Serialization;

namespace Connectors.SmartAdvocate.Models;

/// <summary>CaseSyncAPI's page request and page answer: pages are 0-based.</summary>
public sealed record SmartAdvocatePageRequest
{
    /// <summary>The page, counted from 0.</summary>
    [JsonPropertyName("currentPage")]
    public int CurrentPage { get; init; }

    /// <summary>Items per page.</summary>
    [JsonPropertyName("pageSize")]
    public int PageSize { get; init; }

    /// <summary>The number of pages (answers only).</summary>
    [JsonPropertyName("totalPages")]
    public int? TotalPages { get; init; }

    /// <summary>The number of items (answers only).</summary>
    [JsonPropertyName("totalRecords")]
    public long? TotalRecords { get; init; }

    /// <summary>A filter; the SDK sends an empty object.</summary>
    [JsonPropertyName("filterExpression")]
    public IReadOnlyDictionary<string, string>? FilterExpression { get; init; }
}
