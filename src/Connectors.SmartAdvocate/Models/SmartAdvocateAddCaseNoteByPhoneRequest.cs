using System.Text.Json.Serialization;

namespace Connectors.SmartAdvocate.Models;

/// <summary>The body of the dialer's <c>AddCaseNoteByPhone</c>: <c>{"Phone":"1234567890","Note":"..."}</c>.</summary>
internal sealed record SmartAdvocateAddCaseNoteByPhoneRequest
{
    /// <summary>The plaintiff's phone, ten digits for North American numbers.</summary>
    [JsonPropertyName("Phone")]
    public required string Phone { get; init; }

    /// <summary>The note text.</summary>
    [JsonPropertyName("Note")]
    public required string Note { get; init; }

    /// <summary>Does not print personal data.</summary>
    public override string ToString() => "SmartAdvocateAddCaseNoteByPhoneRequest { (personal data redacted) }";
}
