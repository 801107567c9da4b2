using Connectors.Core.Scheduling;

using NodaTime;

namespace Connectors.SmartAdvocate.Dialer;

/// <summary>
/// When people may be called, in their own local time: opening hours per weekday (a missing day is never called).
/// Default Monday to Friday 09:00 to 20:00 and Saturday 10:00 to 17:00, inside the 08:00 to 21:00 the US TCPA allows.
/// </summary>
public sealed record CallingHours
{
    /// <summary>The default hours.</summary>
    public static CallingHours Default { get; } = new();

    /// <summary>Local hours by weekday, <c>[Opens, Closes)</c>.</summary>
    public IReadOnlyDictionary<IsoDayOfWeek, OpeningHours> Hours { get; init; } = new Dictionary<IsoDayOfWeek, OpeningHours>
    {
        [IsoDayOfWeek.Monday] = new(new LocalTime(9, 0), new LocalTime(20, 0)),
        [IsoDayOfWeek.Tuesday] = new(new LocalTime(9, 0), new LocalTime(20, 0)),
        [IsoDayOfWeek.Wednesday] = new(new LocalTime(9, 0), new LocalTime(20, 0)),
        [IsoDayOfWeek.Thursday] = new(new LocalTime(9, 0), new LocalTime(20, 0)),
        [IsoDayOfWeek.Friday] = new(new LocalTime(9, 0), new LocalTime(20, 0)),
        [IsoDayOfWeek.Saturday] = new(new LocalTime(10, 0), new LocalTime(17, 0)),
    };

    /// <summary>These hours in <paramref name="zone"/>.</summary>
    /// <exception cref="Core.ConnectorConfigurationException">No day is open, or a day closes before it opens.</exception>
    public OperatingHours In(DateTimeZone zone) => new(zone, Hours);

    /// <summary>True when <paramref name="instant"/> is inside the hours in every one of <paramref name="zones"/>.</summary>
    public bool Permits(Instant instant, IReadOnlyList<DateTimeZone> zones)
    {
        ArgumentNullException.ThrowIfNull(zones);
        return zones.All(zone => In(zone).IsOpen(instant));
    }

    /// <summary>
    /// The earliest instant at or after <paramref name="earliest"/> that is inside the hours in every one of
    /// <paramref name="zones"/> (a number whose area spans two zones is called only when both allow it); null when the
    /// zones share no permitted instant within two weeks.
    /// </summary>
    public Instant? FirstPermitted(Instant earliest, IReadOnlyList<DateTimeZone> zones)
    {
        ArgumentNullException.ThrowIfNull(zones);
        if (zones.Count == 0)
        {
            throw new ArgumentException("At least one zone is needed.", nameof(zones));
        }

        var hours = zones.Select(In).ToList();
        var limit = earliest + Duration.FromDays(14);
        var candidate = earliest;
        while (candidate <= limit)
        {
            var moved = candidate;
            foreach (var zoneHours in hours)
            {
                moved = zoneHours.ReleaseInstant(moved);
            }

            if (moved == candidate && hours.All(h => h.IsOpen(candidate)))
            {
                return candidate;
            }

            // Each zone pushed the candidate to its next opening; if they all agree it is returned on the next pass.
            candidate = moved == candidate ? candidate + Duration.FromMinutes(1) : moved;
        }

        return null;
    }
}
