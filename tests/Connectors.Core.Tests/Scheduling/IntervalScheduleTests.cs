using Connectors.Core.Scheduling;

namespace Connectors.Core.Tests.Scheduling;

public class IntervalScheduleTests
{
    [Fact]
    public void Runs_are_aligned_and_strictly_after_the_given_instant()
    {
        var documents = SchedulePresets.MyCaseDocuments;

        Assert.Equal(Instant.FromUtc(2026, 11, 24, 12, 20), documents.Next(Instant.FromUtc(2026, 11, 24, 12, 5)));
        Assert.Equal(Instant.FromUtc(2026, 11, 24, 12, 40), documents.Next(Instant.FromUtc(2026, 11, 24, 12, 20)));
    }

    [Fact]
    public void Presets_follow_the_vendor_documents()
    {
        Assert.Equal(Duration.FromMinutes(20), SchedulePresets.MyCaseDocuments.Interval);
        Assert.Equal(Duration.FromMinutes(2), SchedulePresets.CasePeerMessages.Interval);
        Assert.Equal(Duration.FromHours(24), SchedulePresets.CasePeerDocuments.Interval);
        Assert.Equal(new LocalTime(21, 0), SchedulePresets.CasePeerNightly.TimeOfDay);
        Assert.Equal("America/New_York", SchedulePresets.CasePeerNightly.Zone.Id);
        Assert.Equal(new LocalTime(21, 15), SchedulePresets.MyCaseNightly.TimeOfDay);
        Assert.Equal(DateTimeZone.Utc, SchedulePresets.MyCaseNightly.Zone);
    }

    [Fact]
    public void An_anchor_before_or_after_the_instant_gives_the_next_aligned_run()
    {
        var anchor = Instant.FromUtc(2026, 11, 24, 0, 7);
        var schedule = new IntervalSchedule(Duration.FromMinutes(10), anchor);

        Assert.Equal(Instant.FromUtc(2026, 11, 24, 0, 17), schedule.Next(Instant.FromUtc(2026, 11, 24, 0, 8)));
        Assert.Equal(Instant.FromUtc(2026, 11, 23, 23, 57), schedule.Next(Instant.FromUtc(2026, 11, 23, 23, 50)));
        Assert.Throws<ArgumentOutOfRangeException>(() => new IntervalSchedule(Duration.Zero));
    }
}
