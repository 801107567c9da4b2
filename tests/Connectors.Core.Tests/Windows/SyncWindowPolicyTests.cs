using Connectors.Core.Windows;

namespace Connectors.Core.Tests.Windows;

public class SyncWindowPolicyTests
{
    private static readonly DateTimeZone NewYork = DateTimeZoneProviders.Tzdb["America/New_York"];

    private static Instant Local(int year, int month, int day, int hour) =>
        new LocalDateTime(year, month, day, hour, 0).InZoneStrictly(NewYork).ToInstant();

    [Fact]
    public void With_no_checkpoint_the_window_reaches_back_ten_calendar_years_in_the_firm_zone()
    {
        var now = Local(2026, 11, 24, 16);

        var window = new RollingLookBackWindowPolicy(NewYork).WindowFor(SyncCheckpoint.None, now);

        Assert.Equal(Local(2016, 11, 24, 16), window.Start);
        Assert.Equal(now, window.End);
    }

    [Fact]
    public void After_a_first_sync_the_window_reaches_back_twelve_calendar_months_not_365_days_of_24_hours()
    {
        // 2026-03-08 is the spring-forward day: twelve months back is 12:00 EST, an hour more than 365 x 24 h.
        var now = Local(2026, 3, 8, 12);
        var checkpoint = SyncCheckpoint.None.Applied(now - Duration.FromDays(1));

        var window = new RollingLookBackWindowPolicy(NewYork).WindowFor(checkpoint, now);

        Assert.Equal(Local(2025, 3, 8, 12), window.Start);
        Assert.NotEqual(now - Duration.FromDays(365), window.Start);
    }

    [Fact]
    public void A_reset_returns_to_ten_years()
    {
        var now = Local(2026, 11, 24, 16);
        var policy = new RollingLookBackWindowPolicy(NewYork);
        var synced = SyncCheckpoint.None.Applied(now);

        Assert.Equal(Local(2025, 11, 24, 16), policy.WindowFor(synced, now).Start);
        Assert.Equal(Local(2016, 11, 24, 16), policy.WindowFor(SyncCheckpoint.Reset(), now).Start);
    }

    [Fact]
    public void Look_backs_are_configurable()
    {
        var now = Local(2026, 11, 24, 16);
        var policy = new RollingLookBackWindowPolicy(NewYork, Period.FromYears(2), Period.FromDays(30));

        Assert.Equal(Local(2024, 11, 24, 16), policy.WindowFor(SyncCheckpoint.None, now).Start);
        Assert.Equal(Local(2026, 10, 25, 16), policy.WindowFor(SyncCheckpoint.None.Applied(now), now).Start);
    }

    [Fact]
    public void Windows_are_half_open()
    {
        var window = new SyncWindow(Instant.FromUtc(2026, 1, 1, 0, 0), Instant.FromUtc(2026, 2, 1, 0, 0));

        Assert.True(window.Contains(window.Start));
        Assert.False(window.Contains(window.End));
        Assert.True(window.Contains(window.End - Duration.Epsilon));
        Assert.False(window.Contains(window.Start - Duration.Epsilon));
        Assert.Throws<ArgumentException>(() => new SyncWindow(window.End, window.Start));
    }

    [Fact]
    public void The_incremental_cursor_starts_at_the_last_pull_minus_the_skew_margin_inclusively()
    {
        var lastPull = Instant.FromUtc(2026, 11, 23, 21, 0);
        var now = Instant.FromUtc(2026, 11, 24, 21, 0);
        var checkpoint = SyncCheckpoint.None.Applied(lastPull);

        var window = new IncrementalCursorWindowPolicy(NewYork).WindowFor(checkpoint, now);

        Assert.Equal(lastPull - Duration.FromMinutes(5), window.Start);
        Assert.True(window.Contains(lastPull - Duration.FromMinutes(5)));
        Assert.Equal(
            lastPull - Duration.FromMinutes(2),
            new IncrementalCursorWindowPolicy(NewYork, Duration.FromMinutes(2)).WindowFor(checkpoint, now).Start);
    }

    [Fact]
    public void The_incremental_cursor_with_no_checkpoint_looks_back_the_initial_period()
    {
        var now = Local(2026, 11, 24, 16);

        Assert.Equal(Local(2016, 11, 24, 16), new IncrementalCursorWindowPolicy(NewYork).WindowFor(SyncCheckpoint.None, now).Start);
    }

    [Fact]
    public void A_checkpoint_advances_only_forward_and_only_when_told_the_plan_was_applied()
    {
        var first = Instant.FromUtc(2026, 11, 23, 21, 0);
        var checkpoint = SyncCheckpoint.None.Applied(first);

        Assert.True(checkpoint.FirstSyncCompleted);
        Assert.Equal(first, checkpoint.LastSuccessfulPullStart);
        Assert.Throws<ArgumentException>(() => checkpoint.Applied(first - Duration.FromHours(1)));
        Assert.Equal(first + Duration.FromDays(1), checkpoint.Applied(first + Duration.FromDays(1)).LastSuccessfulPullStart);
    }
}
