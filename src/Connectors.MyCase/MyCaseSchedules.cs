using Connectors.Core.Scheduling;

namespace Connectors.MyCase;

/// <summary>The MyCase schedules from the vendor document, for a host to wire to its timers.</summary>
public static class MyCaseSchedules
{
    /// <summary>The nightly import/sync: 21:15 UTC ("9:15 PM UTC").</summary>
    public static DailySchedule NightlySync => SchedulePresets.MyCaseNightly;

    /// <summary>Documents: every 20 minutes.</summary>
    public static IntervalSchedule Documents => SchedulePresets.MyCaseDocuments;
}
