using System.Text.Json.Serialization;

using NodaTime;

namespace Connectors.SmartAdvocate.Models;

/// <summary>A case as CaseSyncAPI's <c>GET /CaseSyncAPI/case/CaseInfo</c> returns it (camelCase, as the vendor spells it).</summary>
public sealed record SmartAdvocateCaseInfo
{
    /// <summary>The SmartAdvocate case id.</summary>
    [JsonPropertyName("caseID")]
    public long CaseId { get; init; }

    /// <summary>The firm's case number (for example <c>9000002</c>).</summary>
    [JsonPropertyName("caseNumber")]
    public string? CaseNumber { get; init; }

    /// <summary>Case type id.</summary>
    [JsonPropertyName("caseTypeID")]
    public long? CaseTypeId { get; init; }

    /// <summary>Case type name (for example <c>Auto Accident</c>).</summary>
    [JsonPropertyName("caseType")]
    public string? CaseType { get; init; }

    /// <summary>Case status id.</summary>
    [JsonPropertyName("caseStatusID")]
    public long? CaseStatusId { get; init; }

    /// <summary>Case status name (for example <c>LIT 04 - Answer Received</c>).</summary>
    [JsonPropertyName("caseStatus")]
    public string? CaseStatus { get; init; }

    /// <summary>When the case entered its status.</summary>
    [JsonPropertyName("caseStatusFrom")]
    public Instant? CaseStatusFrom { get; init; }

    /// <summary>Office id.</summary>
    [JsonPropertyName("officeID")]
    public long? OfficeId { get; init; }

    /// <summary>Office name.</summary>
    [JsonPropertyName("officeName")]
    public string? OfficeName { get; init; }

    /// <summary>The plaintiffs of the case.</summary>
    [JsonPropertyName("plaintiffs")]
    public IReadOnlyList<SmartAdvocateCasePlaintiff>? Plaintiffs { get; init; }

    /// <summary>The case's sub-statuses ("second statuses"), one per status type.</summary>
    [JsonPropertyName("secondStatuses")]
    public IReadOnlyList<SmartAdvocateCaseSecondStatus>? SecondStatuses { get; init; }

    /// <summary>
    /// The firm staff assigned to the case with their roles (the case's Staff panel), when the answer carries them; the
    /// case's attorney is taken from here first (<see cref="SmartAdvocateOptions.AttorneyStaffRoles"/>).
    /// </summary>
    [JsonPropertyName("staff")]
    public IReadOnlyList<SmartAdvocateCaseStaff>? Staff { get; init; }

    /// <summary>When the case was created.</summary>
    [JsonPropertyName("createdDate")]
    public Instant? CreatedDate { get; init; }

    /// <summary>When the case was last modified.</summary>
    [JsonPropertyName("modifiedDate")]
    public Instant? ModifiedDate { get; init; }

    /// <summary>
    /// Set by the SDK when this record of a CaseInfo answer could not be read (a wrong type, an invalid date): only
    /// <see cref="CaseId"/> is kept (0 when it was unreadable too) and the case source yields the case as unreadable, so
    /// the planner skips it with this reason while the other cases go on. Null for a record read in full.
    /// </summary>
    [JsonIgnore]
    public string? ReadError { get; init; }
}
