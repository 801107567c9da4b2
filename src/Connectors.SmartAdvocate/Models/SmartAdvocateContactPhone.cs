using System.Text.Json.Serialization;

namespace Connectors.SmartAdvocate.Models;

/// <summary>A phone of a <see cref="SmartAdvocatePlaintiffContactInfo"/>. MODELLED.</summary>
public sealed record SmartAdvocateContactPhone
{
    /// <summary>The phone's label (<c>Cell</c>, <c>Home</c>...).</summary>
    [JsonPropertyName("phoneType")]
    public string? PhoneType { get; init; }

    /// <summary>The number as typed in SmartAdvocate.</summary>
    [JsonPropertyName("number")]
    public string? Number { get; init; }

    /// <summary>True for the primary phone.</summary>
    [JsonPropertyName("primary")]
    public bool? Primary { get; init; }

    /// <summary>True when the number accepts texts.</summary>
    [JsonPropertyName("text")]
    public bool? Text { get; init; }

    /// <summary>Does not print personal data.</summary>
    public override string ToString() => $"SmartAdvocateContactPhone {{ PhoneType = {PhoneType} }}";
}
