using System.Text.Json.Serialization;

namespace Connectors.SmartAdvocate.Models;

/// <summary>
/// A firm staff member assigned to a case in a role (the case's Staff panel: Primary Attorney, Secondary Attorney,
/// Managing Attorney, Case Manager, Paralegal...). The field names are modelled: CaseSyncAPI's published CaseInfo example
/// shows no staff (docs/vendors/smartadvocate.md).
/// </summary>
public sealed record SmartAdvocateCaseStaff
{
    /// <summary>The staff member's SmartAdvocate user id.</summary>
    [JsonPropertyName("userID")]
    public long? UserId { get; init; }

    /// <summary>The staff member's name (for example <c>Rivera, Ana</c>).</summary>
    [JsonPropertyName("name")]
    public string? Name { get; init; }

    /// <summary>The staff role on the case (for example <c>Primary Attorney</c>); firms may relabel roles.</summary>
    [JsonPropertyName("role")]
    public string? Role { get; init; }

    /// <summary>The staff member's email.</summary>
    [JsonPropertyName("email")]
    public string? Email { get; init; }
}
