using Connectors.Core.Scheduling;

namespace Connectors.Core.Tests.Scheduling;

public class DailyScheduleTests
{
    private static readonly DateTimeZone NewYork = DateTimeZoneProviders.Tzdb["America/New_York"];
    private static readonly DateTimeZone LordHowe = DateTimeZoneProviders.Tzdb["Australia/Lord_Howe"];

    [Fact]
    public void CasePeer_nightly_runs_at_21_00_eastern_which_is_02_00Z_in_winter_and_01_00Z_in_summer()
    {
        Assert.Equal(Instant.FromUtc(2026, 11, 25, 2, 0), SchedulePresets.CasePeerNightly.Next(Instant.FromUtc(2026, 11, 24, 12, 0)));
        Assert.Equal(Instant.FromUtc(2026, 7, 2, 1, 0), SchedulePresets.CasePeerNightly.Next(Instant.FromUtc(2026, 7, 1, 12, 0)));
    }

    [Fact]
    public void MyCase_nightly_runs_at_21_15Z()
    {
        Assert.Equal(Instant.FromUtc(2026, 11, 24, 21, 15), SchedulePresets.MyCaseNightly.Next(Instant.FromUtc(2026, 11, 24, 21, 0)));
        Assert.Equal(Instant.FromUtc(2026, 11, 25, 21, 15), SchedulePresets.MyCaseNightly.Next(Instant.FromUtc(2026, 11, 24, 21, 15)));
    }

    [Fact]
    public void On_spring_forward_a_02_30_run_happens_at_the_first_valid_instant_after_the_gap()
    {
        var schedule = new DailySchedule(new LocalTime(2, 30), NewYork);
        var midnight = new LocalDateTime(2026, 3, 8, 0, 0).InZoneStrictly(NewYork).ToInstant();

        var next = schedule.Next(midnight);

        Assert.Equal(new LocalDateTime(2026, 3, 8, 3, 0).InZoneStrictly(NewYork).ToInstant(), next);
        Assert.Equal(Instant.FromUtc(2026, 3, 8, 7, 0), next);
        Assert.Equal(Instant.FromUtc(2026, 3, 9, 6, 30), schedule.Next(next));
    }

    [Fact]
    public void On_fall_back_an_ambiguous_01_30_run_happens_once_at_the_earlier_instant()
    {
        var schedule = new DailySchedule(new LocalTime(1, 30), NewYork);
        var midnight = Instant.FromUtc(2026, 11, 1, 4, 0);

        var first = schedule.Next(midnight);
        var second = schedule.Next(first);

        Assert.Equal(Instant.FromUtc(2026, 11, 1, 5, 30), first); // 01:30 EDT
        Assert.Equal(Instant.FromUtc(2026, 11, 2, 6, 30), second); // not 01:30 EST the same day
    }

    [Fact]
    public void A_schedule_that_remembers_its_last_run_never_fires_twice_on_one_local_date()
    {
        var schedule = new DailySchedule(new LocalTime(1, 30), NewYork);
        var ranAt = Instant.FromUtc(2026, 11, 1, 5, 30);

        // A host whose timer fires again from before the run (a restart, a clock step) still skips that date.
        var next = schedule.WithRunAt(ranAt).Next(ranAt - Duration.FromHours(2));

        Assert.Equal(Instant.FromUtc(2026, 11, 2, 6, 30), next);
        Assert.Equal(new LocalDate(2026, 11, 1), schedule.WithRunAt(ranAt).LastRunDate);
    }

    [Fact]
    public void A_30_minute_dst_shift_is_handled_in_Lord_Howe()
    {
        // 2026-10-04 02:00 -> 02:30 (+10:30 to +11:00); 2026-04-05 02:00 -> 01:30 (+11:00 to +10:30).
        var skipped = new DailySchedule(new LocalTime(2, 15), LordHowe);
        var ambiguous = new DailySchedule(new LocalTime(1, 45), LordHowe);

        var forward = skipped.Next(new LocalDateTime(2026, 10, 4, 0, 0).InZoneStrictly(LordHowe).ToInstant());
        var back = ambiguous.Next(new LocalDateTime(2026, 4, 5, 0, 0).InZoneStrictly(LordHowe).ToInstant());

        Assert.Equal(new LocalDateTime(2026, 10, 4, 2, 30).InZoneStrictly(LordHowe).ToInstant(), forward);
        var earlier = LordHowe.MapLocal(new LocalDateTime(2026, 4, 5, 1, 45)).First().ToInstant();
        Assert.Equal(earlier, back);
        Assert.Equal(new LocalDate(2026, 4, 6), ambiguous.Next(back).InZone(LordHowe).Date);
    }
}
