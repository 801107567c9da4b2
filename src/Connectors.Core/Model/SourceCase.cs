using NodaTime;

namespace Connectors.Core.Model;

/// <summary>A case as read from the case-management system (the source), already mapped into Core.</summary>
/// <param name="Key">Source system and id.</param>
/// <param name="PracticeArea">The practice area (or case type) name as the source spells it.</param>
/// <param name="Status">The source status or phase, mapped to a platform stage; null when the source has none.</param>
/// <param name="IsClosed">True when the source says the case is closed.</param>
/// <param name="UpdatedAt">When the source last changed the case.</param>
/// <param name="Client">The client.</param>
/// <param name="AttorneyEmail">The primary (lead) attorney's email.</param>
public sealed record SourceCase(
    CaseKey Key,
    string PracticeArea,
    string? Status,
    bool IsClosed,
    Instant UpdatedAt,
    ClientContact Client,
    string? AttorneyEmail)
{
    /// <summary>A display name for the case (not personal data by itself, but may hold a client name: not logged).</summary>
    public string? Title { get; init; }

    /// <summary>
    /// True when the case may be synced at all (CASEpeer's "Case Status eligible" flag). Default true, for
    /// sources that have no such flag.
    /// </summary>
    public bool IsEligible { get; init; } = true;

    /// <summary>
    /// True when the case was connected to the platform (CASEpeer's "Connect to Case Status"). Stage and close
    /// updates apply only to connected cases. Default true, for sources that have no such flag.
    /// </summary>
    public bool IsConnected { get; init; } = true;

    /// <summary>
    /// Why the connector could not read this record (a wrong type, an invalid date, a missing record body), or null for a
    /// record read in full. The other fields of an unreadable record are empty; the planner skips it with
    /// <see cref="Planning.SkipReason.Unreadable"/> and this text, and the rest of the page is planned as usual. Holds no
    /// personal data: it names the JSON path, never the value.
    /// </summary>
    public string? ReadError { get; init; }

    /// <summary>Prints the key only: other fields may hold personal data.</summary>
    public override string ToString() => $"SourceCase {{ Key = {Key} }}";
}
