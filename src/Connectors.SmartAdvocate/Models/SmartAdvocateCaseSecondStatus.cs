using System.Text.Json.Serialization;

using NodaTime;

namespace Connectors.SmartAdvocate.Models;

/// <summary>A sub-status of a case ("second status"), one per firm-defined status type.</summary>
public sealed record SmartAdvocateCaseSecondStatus
{
    /// <summary>Status id.</summary>
    [JsonPropertyName("statusID")]
    public long? StatusId { get; init; }

    /// <summary>Since when the case has had this sub-status.</summary>
    [JsonPropertyName("fromDate")]
    public Instant? FromDate { get; init; }

    /// <summary>The status type (for example <c>Treatment Status</c>).</summary>
    [JsonPropertyName("statusTypeName")]
    public string? StatusTypeName { get; init; }

    /// <summary>The sub-status name (for example <c>Released From Treatment</c>).</summary>
    [JsonPropertyName("statusName")]
    public string? StatusName { get; init; }
}
