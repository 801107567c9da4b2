using Connectors.Core.Scheduling;

namespace Connectors.Core.Tests.Scheduling;

public class OperatingHoursTests
{
    private static readonly DateTimeZone NewYork = DateTimeZoneProviders.Tzdb["America/New_York"];
    private static readonly OperatingHours NineToFive = OperatingHours.Weekdays(NewYork, new LocalTime(9, 0), new LocalTime(17, 0));

    private static Instant Local(int month, int day, int hour) =>
        new LocalDateTime(2026, month, day, hour, 0).InZoneStrictly(NewYork).ToInstant();

    [Fact]
    public void Notifications_held_by_a_nightly_sync_are_released_when_the_firm_opens_next_morning()
    {
        Assert.Equal(Local(11, 25, 9), NineToFive.ReleaseInstant(Local(11, 24, 21))); // Tuesday night -> Wednesday 09:00
    }

    [Fact]
    public void Notifications_held_on_friday_night_wait_for_monday()
    {
        Assert.Equal(Local(11, 30, 9), NineToFive.ReleaseInstant(Local(11, 27, 21)));
    }

    [Fact]
    public void During_operating_hours_notifications_are_released_at_once()
    {
        Assert.True(NineToFive.IsOpen(Local(11, 24, 10)));
        Assert.Equal(Local(11, 24, 10), NineToFive.ReleaseInstant(Local(11, 24, 10)));
        Assert.False(NineToFive.IsOpen(Local(11, 24, 17)));
    }

    [Fact]
    public void Opening_hours_are_local_across_dst()
    {
        // Saturday night before spring-forward: Monday opens at 09:00 EDT, 13:00Z.
        Assert.Equal(Instant.FromUtc(2026, 3, 9, 13, 0), NineToFive.ReleaseInstant(Local(3, 7, 21)));
    }

    [Fact]
    public void Invalid_hours_are_rejected()
    {
        Assert.Throws<ConnectorConfigurationException>(() => new OperatingHours(NewYork, new Dictionary<IsoDayOfWeek, OpeningHours>()));
        Assert.Throws<ConnectorConfigurationException>(() => OperatingHours.Weekdays(NewYork, new LocalTime(17, 0), new LocalTime(9, 0)));
    }
}
