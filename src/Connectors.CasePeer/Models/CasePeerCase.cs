namespace Connectors.CasePeer.Models;

/// <summary>A CASEpeer case as the (modelled) API returns it.</summary>
/// <param name="Id">The case id.</param>
/// <param name="CaseName">The case name.</param>
/// <param name="CaseType">The case type, used as the practice area.</param>
/// <param name="Status">The case status, mapped to a platform stage.</param>
/// <param name="IsClosed">True when the case is closed.</param>
/// <param name="UpdatedAt">When the case last changed.</param>
/// <param name="CaseStatusEligible">The "Case Status eligible" flag.</param>
/// <param name="ConnectedToCaseStatus">True once "Connect to Case Status" was used on the case.</param>
/// <param name="PrimaryAttorney">The primary attorney.</param>
/// <param name="Client">The client.</param>
internal sealed record CasePeerCase(
    long Id,
    string? CaseName,
    string? CaseType,
    string? Status,
    bool IsClosed,
    DateTimeOffset UpdatedAt,
    bool CaseStatusEligible,
    bool ConnectedToCaseStatus,
    CasePeerAttorney? PrimaryAttorney,
    CasePeerClient? Client)
{
    /// <summary>
    /// Set by the SDK when this record of a page could not be read (a wrong type, an invalid date): only
    /// <see cref="Id"/> is kept (0 when it was unreadable too) and the case source yields the case as unreadable, so the
    /// planner skips it with this reason while the rest of the page goes on. Null for a record read in full.
    /// </summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public string? ReadError { get; init; }
}
