using NodaTime;
using NodaTime.TimeZones;

namespace Connectors.Core.Scheduling;

/// <summary>
/// Runs once a day at a local time in a zone, DST-correct: a local time that does not exist that day (spring
/// forward) runs at the first valid instant after the gap; an ambiguous one (fall back) runs once, at the earlier
/// instant. The schedule remembers the local date of its last run (<see cref="WithRunAt"/>), so a daily job never
/// fires twice on one local date whatever the host's timer does.
/// </summary>
public sealed record DailySchedule : ISchedule
{
    private static readonly ZoneLocalMappingResolver Resolver =
        Resolvers.CreateMappingResolver(Resolvers.ReturnEarlier, Resolvers.ReturnStartOfIntervalAfter);

    /// <summary>Creates a schedule.</summary>
    /// <param name="timeOfDay">Local time of the run.</param>
    /// <param name="zone">The zone of <paramref name="timeOfDay"/>.</param>
    public DailySchedule(LocalTime timeOfDay, DateTimeZone zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        TimeOfDay = timeOfDay;
        Zone = zone;
    }

    /// <summary>Local time of the run.</summary>
    public LocalTime TimeOfDay { get; }

    /// <summary>The zone of <see cref="TimeOfDay"/>.</summary>
    public DateTimeZone Zone { get; }

    /// <summary>The local date of the last run, if the host recorded one.</summary>
    public LocalDate? LastRunDate { get; init; }

    /// <summary>This schedule, remembering that it ran at <paramref name="ranAt"/>.</summary>
    public DailySchedule WithRunAt(Instant ranAt) => this with { LastRunDate = ranAt.InZone(Zone).Date };

    /// <summary>The run instant on a given local date.</summary>
    public Instant RunOn(LocalDate date) => (date + TimeOfDay).InZone(Zone, Resolver).ToInstant();

    /// <inheritdoc />
    public Instant Next(Instant after)
    {
        // Start a day early: a run shifted past a gap can land on the next local date's early hours.
        for (var date = after.InZone(Zone).Date.PlusDays(-1); ; date = date.PlusDays(1))
        {
            if (date == LastRunDate)
            {
                continue;
            }

            var candidate = RunOn(date);
            if (candidate > after)
            {
                return candidate;
            }
        }
    }

    /// <inheritdoc />
    public override string ToString() => $"daily at {TimeOfDay:HH:mm} {Zone.Id}";
}
