using NodaTime;

namespace Connectors.Core.Scheduling;

/// <summary>The schedules the vendor documents state.</summary>
public static class SchedulePresets
{
    /// <summary>US Eastern time, DST-aware (<c>America/New_York</c>).</summary>
    public static DateTimeZone UsEastern { get; } = DateTimeZoneProviders.Tzdb["America/New_York"];

    /// <summary>MyCase nightly import/sync: 21:15 UTC ("9:15 PM UTC").</summary>
    public static DailySchedule MyCaseNightly { get; } = new(new LocalTime(21, 15), DateTimeZone.Utc);

    /// <summary>MyCase document sync: every 20 minutes.</summary>
    public static IntervalSchedule MyCaseDocuments { get; } = new(Duration.FromMinutes(20));

    /// <summary>
    /// CASEpeer nightly sync: 21:00 US Eastern. The vendor writes "9:00pm EST"; the schedule follows the wall
    /// clock in <c>America/New_York</c>, so it runs at 21:00 EDT in summer (01:00Z) and 21:00 EST in winter (02:00Z).
    /// </summary>
    public static DailySchedule CasePeerNightly { get; } = new(new LocalTime(21, 0), UsEastern);

    /// <summary>CASEpeer message sync: every 2 minutes.</summary>
    public static IntervalSchedule CasePeerMessages { get; } = new(Duration.FromMinutes(2));

    /// <summary>CASEpeer document sync: every 24 hours.</summary>
    public static IntervalSchedule CasePeerDocuments { get; } = new(Duration.FromHours(24));
}
