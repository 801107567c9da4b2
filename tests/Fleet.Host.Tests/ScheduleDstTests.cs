using Connectors.Core.Scheduling;

using Fleet.Host.Fleet;
using Fleet.Host.Scheduling;

namespace Fleet.Host.Tests;

/// <summary>Quartz fires exactly when Core's schedules say, through both DST changes: Core is the one truth for time.</summary>
public sealed class ScheduleDstTests
{
    private static readonly DateTimeZone NewYork = DateTimeZoneProviders.Tzdb["America/New_York"];

    [Fact]
    public void A_year_of_nightly_fire_times_matches_Core_across_both_DST_changes()
    {
        var schedule = new DailySchedule(new LocalTime(21, 0), NewYork);
        var quartz = FireTimes(FlowKind.Nightly, schedule, Instant.FromUtc(2026, 1, 1, 0, 0), 365);
        var core = CoreTimes(schedule, Instant.FromUtc(2026, 1, 1, 0, 0), 365);

        Assert.Equal(core, quartz);
        Assert.All(quartz, at => Assert.Equal(new LocalTime(21, 0), at.InZone(NewYork).TimeOfDay));
        Assert.Equal(365, quartz.Select(at => at.InZone(NewYork).Date).Distinct().Count());
        // Spring forward (8 March) and fall back (1 November) 2026: the UTC instant moves, the local time does not.
        Assert.Contains(Instant.FromUtc(2026, 3, 8, 2, 0), quartz); // 7 March, EST
        Assert.Contains(Instant.FromUtc(2026, 3, 9, 1, 0), quartz); // 8 March, EDT
        Assert.Contains(Instant.FromUtc(2026, 11, 1, 1, 0), quartz); // 31 October, EDT
        Assert.Contains(Instant.FromUtc(2026, 11, 2, 2, 0), quartz); // 1 November, EST
    }

    [Fact]
    public void A_year_of_MyCase_nightly_fire_times_stays_at_21_15_UTC()
    {
        var quartz = FireTimes(FlowKind.Nightly, SchedulePresets.MyCaseNightly, Instant.FromUtc(2026, 1, 1, 0, 0), 365);

        Assert.Equal(CoreTimes(SchedulePresets.MyCaseNightly, Instant.FromUtc(2026, 1, 1, 0, 0), 365), quartz);
        Assert.All(quartz, at => Assert.Equal(new LocalTime(21, 15), at.InUtc().TimeOfDay));
    }

    [Fact]
    public void Document_runs_every_20_minutes_match_Core_over_the_fall_back_night()
    {
        var from = Instant.FromUtc(2026, 11, 1, 4, 0); // midnight EDT, before the repeated hour
        var quartz = FireTimes(FlowKind.Documents, SchedulePresets.MyCaseDocuments, from, 24);

        Assert.Equal(CoreTimes(SchedulePresets.MyCaseDocuments, from, 24), quartz);
        Assert.All(quartz.Zip(quartz.Skip(1)), pair => Assert.Equal(Duration.FromMinutes(20), pair.Second - pair.First));
    }

    // What the firm's job does at each run: the next trigger from Core's schedule, read back as Quartz will fire it.
    private static List<Instant> FireTimes(FlowKind flow, ISchedule schedule, Instant from, int count)
    {
        var times = new List<Instant>();
        var after = from;
        for (var i = 0; i < count; i++)
        {
            var trigger = FlowTriggers.Next("firm-1", flow, schedule, after);
            var at = FlowTriggers.FirstFireTime(trigger) ?? throw new InvalidOperationException("The trigger never fires.");
            times.Add(at);
            after = at;
        }

        return times;
    }

    private static List<Instant> CoreTimes(ISchedule schedule, Instant from, int count)
    {
        var times = new List<Instant>();
        for (var at = schedule.Next(from); times.Count < count; at = schedule.Next(at))
        {
            times.Add(at);
        }

        return times;
    }
}
