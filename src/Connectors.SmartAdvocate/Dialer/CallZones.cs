using NodaTime;

namespace Connectors.SmartAdvocate.Dialer;

/// <summary>The time zones a called person may be in, and where that came from.</summary>
/// <param name="Zones">One zone, or several when the number's area spans zones (calls then fit all of them).</param>
/// <param name="Source">Phone number, ZIP code, or the firm's zone.</param>
public sealed record CallZones(IReadOnlyList<DateTimeZone> Zones, CallZoneSource Source)
{
    /// <summary>Prints the zone ids.</summary>
    public override string ToString() => $"{string.Join(", ", Zones.Select(z => z.Id))} (from {Source})";
}
