using System.Text.Json.Serialization;

namespace Connectors.SmartAdvocate.Models;

/// <summary>The body of the dialer's <c>AddCaseNote</c>: <c>{"CaseID":515512,"Note":"..."}</c>.</summary>
internal sealed record SmartAdvocateAddCaseNoteRequest
{
    /// <summary>SmartAdvocate case id.</summary>
    [JsonPropertyName("CaseID")]
    public long CaseId { get; init; }

    /// <summary>The note text.</summary>
    [JsonPropertyName("Note")]
    public required string Note { get; init; }

    /// <summary>Does not print the note.</summary>
    public override string ToString() => $"SmartAdvocateAddCaseNoteRequest {{ CaseId = {CaseId} }}";
}
