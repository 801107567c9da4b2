using NodaTime;

namespace Connectors.SmartAdvocate.Dialer;

/// <summary>A case the dialer returned, mapped: attempts as a number, the dial time as an instant.</summary>
/// <param name="CaseId">SmartAdvocate case id.</param>
/// <param name="Phones">The plaintiff's phones, in SmartAdvocate's order.</param>
/// <param name="CaseStatus">The case status.</param>
/// <param name="DialerStatus">The dialer status, as the firm spells it.</param>
/// <param name="Campaign">The dialer campaign.</param>
/// <param name="Attempts">Attempts so far (an unreadable value reads as 0).</param>
/// <param name="DialAt">When the case was due to be dialled (SmartAdvocate's local time read in the dialer's zone); null when
/// absent.</param>
/// <param name="ZipCode">The plaintiff's ZIP code.</param>
public sealed record DialerCase(
    long CaseId,
    IReadOnlyList<DialerPhone> Phones,
    string? CaseStatus,
    string? DialerStatus,
    string? Campaign,
    int Attempts,
    Instant? DialAt,
    string? ZipCode)
{
    /// <summary>Prints the id and statuses only.</summary>
    public override string ToString() => $"DialerCase {{ CaseId = {CaseId}, DialerStatus = {DialerStatus}, Attempts = {Attempts} }}";
}
