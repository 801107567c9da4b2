using NodaTime;
using NodaTime.TimeZones;

namespace Connectors.Core.Scheduling;

/// <summary>
/// A firm's operating hours: its zone and opening hours per weekday, compared on local times so 9 to 5 stays
/// 9 to 5 across DST. Client notifications produced by a sync are held until <see cref="ReleaseInstant"/>.
/// </summary>
public sealed class OperatingHours
{
    private static readonly ZoneLocalMappingResolver Resolver =
        Resolvers.CreateMappingResolver(Resolvers.ReturnEarlier, Resolvers.ReturnStartOfIntervalAfter);

    private readonly Dictionary<IsoDayOfWeek, OpeningHours> _hours;

    /// <summary>Creates operating hours.</summary>
    /// <exception cref="ConnectorConfigurationException">No day is open, or a day closes before it opens.</exception>
    public OperatingHours(DateTimeZone zone, IReadOnlyDictionary<IsoDayOfWeek, OpeningHours> hours)
    {
        ArgumentNullException.ThrowIfNull(zone);
        ArgumentNullException.ThrowIfNull(hours);
        if (hours.Count == 0)
        {
            throw new ConnectorConfigurationException("Operating hours need at least one open day.");
        }

        foreach (var (day, open) in hours)
        {
            if (open.Closes <= open.Opens)
            {
                throw new ConnectorConfigurationException($"Operating hours on {day} close ({open.Closes}) before they open " +
                    $"({open.Opens}).");
            }
        }

        Zone = zone;
        _hours = new Dictionary<IsoDayOfWeek, OpeningHours>(hours);
    }

    /// <summary>The firm's zone.</summary>
    public DateTimeZone Zone { get; }

    /// <summary>Opening hours by weekday; a missing day is closed.</summary>
    public IReadOnlyDictionary<IsoDayOfWeek, OpeningHours> Hours => _hours;

    /// <summary>Monday to Friday, the same hours each day.</summary>
    public static OperatingHours Weekdays(DateTimeZone zone, LocalTime opens, LocalTime closes)
    {
        var day = new OpeningHours(opens, closes);
        return new OperatingHours(zone, new Dictionary<IsoDayOfWeek, OpeningHours>
        {
            [IsoDayOfWeek.Monday] = day,
            [IsoDayOfWeek.Tuesday] = day,
            [IsoDayOfWeek.Wednesday] = day,
            [IsoDayOfWeek.Thursday] = day,
            [IsoDayOfWeek.Friday] = day,
        });
    }

    /// <summary>True when the firm is open at <paramref name="instant"/>.</summary>
    public bool IsOpen(Instant instant)
    {
        var local = instant.InZone(Zone).LocalDateTime;
        return _hours.TryGetValue(local.DayOfWeek, out var open) && local.TimeOfDay >= open.Opens && local.TimeOfDay < open.Closes;
    }

    /// <summary>The start of the next operating-hours period at or after <paramref name="after"/>.</summary>
    public Instant NextOpening(Instant after)
    {
        var date = after.InZone(Zone).Date;
        for (var i = 0; i <= 8; i++, date = date.PlusDays(1))
        {
            if (_hours.TryGetValue(date.DayOfWeek, out var open))
            {
                var opening = (date + open.Opens).InZone(Zone, Resolver).ToInstant();
                if (opening >= after)
                {
                    return opening;
                }
            }
        }

        throw new InvalidOperationException("Unreachable: at least one day a week is open.");
    }

    /// <summary>
    /// When notifications held by a sync that finished at <paramref name="syncFinishedAt"/> may go out: at once
    /// when the firm is open then (its period has started), else at the start of the next period.
    /// </summary>
    public Instant ReleaseInstant(Instant syncFinishedAt) => IsOpen(syncFinishedAt) ? syncFinishedAt : NextOpening(syncFinishedAt);
}
