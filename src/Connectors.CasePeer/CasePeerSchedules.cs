using Connectors.Core.Scheduling;

namespace Connectors.CasePeer;

/// <summary>The CASEpeer schedules from the vendor document, for a host to wire to its timers.</summary>
public static class CasePeerSchedules
{
    /// <summary>The nightly sync: 21:00 US Eastern (the vendor writes "9:00pm EST"; DST is followed).</summary>
    public static DailySchedule NightlySync => SchedulePresets.CasePeerNightly;

    /// <summary>Messages: every 2 minutes.</summary>
    public static IntervalSchedule Messages => SchedulePresets.CasePeerMessages;

    /// <summary>Documents: every 24 hours.</summary>
    public static IntervalSchedule Documents => SchedulePresets.CasePeerDocuments;
}
