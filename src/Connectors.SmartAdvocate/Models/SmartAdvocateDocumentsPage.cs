using System.Text.Json.Serialization;

using Connectors.SmartAdvocate.Serialization;

namespace Connectors.SmartAdvocate.Models;

/// <summary>
/// One page of documents. CaseSyncAPI answers either with a bare array or with
/// <c>{"documents":[...],"pageRequest":{...}}</c>; both read into this type (<see cref="PageInfo"/> is null for an array).
/// </summary>
[JsonConverter(typeof(DocumentsPageConverter))]
public sealed record SmartAdvocateDocumentsPage
{
    /// <summary>The documents of this page.</summary>
    [JsonPropertyName("documents")]
    public IReadOnlyList<SmartAdvocateCaseDocument> Documents { get; init; } = [];

    /// <summary>The page information, when the vendor sent the object shape.</summary>
    [JsonPropertyName("pageRequest")]
    public SmartAdvocatePageRequest? PageInfo { get; init; }
}
