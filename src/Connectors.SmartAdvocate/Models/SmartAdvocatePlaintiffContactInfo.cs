using System.Text.Json.Serialization;

namespace Connectors.SmartAdvocate.Models;

/// <summary>
/// A plaintiff's contact details as CaseInfo returns them with <c>AddContactInfo=true</c>. MODELLED: third-party code
/// passes the flag but the shape is not published; see docs/vendors/smartadvocate.md.
/// </summary>
public sealed record SmartAdvocatePlaintiffContactInfo
{
    /// <summary>First name.</summary>
    [JsonPropertyName("firstName")]
    public string? FirstName { get; init; }

    /// <summary>Last name.</summary>
    [JsonPropertyName("lastName")]
    public string? LastName { get; init; }

    /// <summary>Email address.</summary>
    [JsonPropertyName("email")]
    public string? Email { get; init; }

    /// <summary>Phone numbers.</summary>
    [JsonPropertyName("phones")]
    public IReadOnlyList<SmartAdvocateContactPhone>? Phones { get; init; }

    /// <summary>Does not print personal data.</summary>
    public override string ToString() => "SmartAdvocatePlaintiffContactInfo { (personal data redacted) }";
}
