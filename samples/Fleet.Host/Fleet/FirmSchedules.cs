using Connectors.Core.Scheduling;

using NodaTime;

namespace Fleet.Host.Fleet;

/// <summary>
/// Each firm's flows and when they run, from Core's schedules and the vendors' documented cadences
/// (<see cref="SchedulePresets"/>): Core is the one place that decides fire times, DST included.
/// </summary>
public static class FirmSchedules
{
    private static readonly LocalTime NightlyAt = new(21, 0);

    /// <summary>The schedule of each flow the firm has.</summary>
    public static IReadOnlyDictionary<FlowKind, ISchedule> For(FleetFirm firm)
    {
        ArgumentNullException.ThrowIfNull(firm);
        var nightly = new DailySchedule(NightlyAt, firm.Zone);
        return firm.Vendor switch
        {
            Vendor.CasePeer => new Dictionary<FlowKind, ISchedule>
            {
                [FlowKind.Nightly] = nightly,
                [FlowKind.Documents] = SchedulePresets.CasePeerDocuments,
                [FlowKind.Messages] = SchedulePresets.CasePeerMessages,
            },
            Vendor.MyCase => new Dictionary<FlowKind, ISchedule>
            {
                [FlowKind.Nightly] = SchedulePresets.MyCaseNightly,
                [FlowKind.Documents] = SchedulePresets.MyCaseDocuments,
            },
            _ => new Dictionary<FlowKind, ISchedule> { [FlowKind.Nightly] = nightly },
        };
    }
}
