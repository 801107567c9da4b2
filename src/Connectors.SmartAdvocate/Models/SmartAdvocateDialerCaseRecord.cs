using System.Text.Json.Serialization;

using NodaTime;

namespace Connectors.SmartAdvocate.Models;

/// <summary>
/// A case to dial exactly as <c>GetCasesToDial</c> returns it: PascalCase, <c>Attempts</c> as a string,
/// <c>DialDateTime</c> without an offset (SmartAdvocate's local time).
/// </summary>
internal sealed record SmartAdvocateDialerCaseRecord
{
    /// <summary>SmartAdvocate case id.</summary>
    [JsonPropertyName("CaseID")]
    public long CaseId { get; init; }

    /// <summary>The plaintiff's phones.</summary>
    [JsonPropertyName("Phones")]
    public IReadOnlyList<SmartAdvocateDialerPhoneRecord>? Phones { get; init; }

    /// <summary>The case status (not the dialer status).</summary>
    [JsonPropertyName("CaseStatus")]
    public string? CaseStatus { get; init; }

    /// <summary>The dialer status (<c>To Dial</c>, <c>In the Dialer</c>, <c>Do not Dial</c>, or a firm's own value).</summary>
    [JsonPropertyName("DialerStatus")]
    public string? DialerStatus { get; init; }

    /// <summary>The dialer campaign.</summary>
    [JsonPropertyName("Campaign")]
    public string? Campaign { get; init; }

    /// <summary>The attempts count, as a string (<c>"1"</c>).</summary>
    [JsonPropertyName("Attempts")]
    public string? Attempts { get; init; }

    /// <summary>The date and time to dial, in SmartAdvocate's local time (no offset on the wire).</summary>
    [JsonPropertyName("DialDateTime")]
    public LocalDateTime? DialDateTime { get; init; }

    /// <summary>The plaintiff's ZIP code.</summary>
    [JsonPropertyName("ZipCode")]
    public string? ZipCode { get; init; }

    /// <summary>Does not print personal data.</summary>
    public override string ToString() => $"SmartAdvocateDialerCaseRecord {{ CaseId = {CaseId}, DialerStatus = {DialerStatus} }}";
}
