using System.Text.Json.Serialization;

using NodaTime;

namespace Connectors.SmartAdvocate.Models;

/// <summary>
/// One case of an <c>UpdateCaseStatus</c> call. Only <c>CaseID</c> is required; null fields are omitted, which leaves them
/// unchanged. The body is MODELLED as a JSON array of these ("one or more cases").
/// </summary>
internal sealed record SmartAdvocateUpdateCaseStatusRecord
{
    /// <summary>SmartAdvocate case id.</summary>
    [JsonPropertyName("CaseID")]
    public long CaseId { get; init; }

    /// <summary>The new dialer status; null leaves it unchanged.</summary>
    [JsonPropertyName("Status")]
    public string? Status { get; init; }

    /// <summary>The next call, in SmartAdvocate's local time (no offset, like <c>DialDateTime</c>).</summary>
    [JsonPropertyName("NextCall")]
    public LocalDateTime? NextCall { get; init; }

    /// <summary>The attempts count, as a string like <c>GetCasesToDial</c> returns it.</summary>
    [JsonPropertyName("Attempts")]
    public string? Attempts { get; init; }

    /// <summary>The new last dialer disposition; null leaves it unchanged.</summary>
    [JsonPropertyName("Disposition")]
    public string? Disposition { get; init; }
}
