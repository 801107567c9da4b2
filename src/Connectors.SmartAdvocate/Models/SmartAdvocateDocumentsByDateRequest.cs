using System.Text.Json.Serialization;

using NodaTime;

namespace Connectors.SmartAdvocate.Models;

/// <summary>The body of <c>POST /CaseSyncAPI/case/documents/byDatePaged</c>.</summary>
public sealed record SmartAdvocateDocumentsByDateRequest
{
    /// <summary>Documents modified at or after this instant.</summary>
    [JsonPropertyName("modifiedFromDateTime")]
    public Instant ModifiedFromDateTime { get; init; }

    /// <summary>Documents modified before this instant.</summary>
    [JsonPropertyName("modifiedToDateTime")]
    public Instant ModifiedToDateTime { get; init; }

    /// <summary>Which page to return.</summary>
    [JsonPropertyName("pageRequest")]
    public required SmartAdvocatePageRequest PageRequest { get; init; }
}
