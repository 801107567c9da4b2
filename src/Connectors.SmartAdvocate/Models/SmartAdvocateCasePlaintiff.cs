using System.Text.Json;
using System.Text.Json.Serialization;

namespace Connectors.SmartAdvocate.Models;

/// <summary>A plaintiff of a <see cref="SmartAdvocateCaseInfo"/>. Holds personal data: never logged.</summary>
public sealed record SmartAdvocateCasePlaintiff
{
    /// <summary>Plaintiff id within the case.</summary>
    [JsonPropertyName("id")]
    public long? Id { get; init; }

    /// <summary>Display name, as SmartAdvocate writes it.</summary>
    [JsonPropertyName("name")]
    public string? Name { get; init; }

    /// <summary>Role (for example <c>Plaintiff</c>).</summary>
    [JsonPropertyName("role")]
    public string? Role { get; init; }

    /// <summary>The contact id of the plaintiff.</summary>
    [JsonPropertyName("contactID")]
    public long? ContactId { get; init; }

    /// <summary>True for the case's primary plaintiff.</summary>
    [JsonPropertyName("primary")]
    public bool? Primary { get; init; }

    /// <summary>The primary contact, as sent (its type is not documented, so it is kept raw).</summary>
    [JsonPropertyName("primaryContact")]
    public JsonElement? PrimaryContact { get; init; }

    /// <summary>Contact details, sent when <c>AddContactInfo=true</c>. MODELLED: the shape is not published.</summary>
    [JsonPropertyName("contactInfo")]
    public SmartAdvocatePlaintiffContactInfo? ContactInfo { get; init; }

    /// <summary>Does not print personal data.</summary>
    public override string ToString() => $"SmartAdvocateCasePlaintiff {{ Id = {Id}, ContactId = {ContactId} }}";
}
