using System.Text.Json.Serialization;

namespace Connectors.SmartAdvocate.Models;

/// <summary>A phone of a <see cref="SmartAdvocateDialerCaseRecord"/>.</summary>
internal sealed record SmartAdvocateDialerPhoneRecord
{
    /// <summary>The phone's label (<c>Cell</c>, <c>Home</c>...).</summary>
    [JsonPropertyName("PhoneName")]
    public string? PhoneName { get; init; }

    /// <summary>The number as SmartAdvocate holds it (<c>4025555759</c>).</summary>
    [JsonPropertyName("Phone")]
    public string? Phone { get; init; }

    /// <summary>True for the primary phone.</summary>
    [JsonPropertyName("Primary")]
    public bool Primary { get; init; }

    /// <summary>True when the number accepts texts.</summary>
    [JsonPropertyName("Text")]
    public bool Text { get; init; }

    /// <summary>Does not print the number.</summary>
    public override string ToString() =>
        $"SmartAdvocateDialerPhoneRecord {{ PhoneName = {PhoneName}, Primary = {Primary}, Text = {Text} }}";
}
