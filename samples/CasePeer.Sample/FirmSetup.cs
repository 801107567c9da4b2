using Connectors.Core.Scheduling;
using Connectors.Core.Stages;

using NodaTime;

namespace CasePeer.Sample;

/// <summary>The platform side of the sample firm: the stages its practice areas have, its attorneys and hours.</summary>
internal static class FirmSetup
{
    public static DateTimeZone Zone { get; } = SchedulePresets.UsEastern;

    // Mostly the sandbox's CASEpeer statuses; "Released From Treatment" goes through an override, and the sandbox's
    // "Referred Open" and "Subbed Out" have no stage on purpose.
    public static StageCatalog Catalog { get; } = new(
    [
        new PracticeAreaStages(
            "Personal Injury",
            ["Intake", "Treatment", "Treatment Completed", "Demand", "Negotiation", "Litigation", "Settled"]),
        new PracticeAreaStages("Workers Compensation", ["Intake", "Medical Review", "Hearing", "Award"]),
        new PracticeAreaStages("Premises Liability", ["Intake", "Investigation", "Demand", "Negotiation"]),
    ]);

    public static StageMap Overrides { get; } = new([new StageOverride("Released From Treatment", "Treatment Completed")]);

    public static IReadOnlyList<string> Attorneys { get; } = ["a.reyes@firm.example", "j.okafor@firm.example", "m.chen@firm.example"];

    public static OperatingHours Hours { get; } = OperatingHours.Weekdays(Zone, new LocalTime(8, 30), new LocalTime(17, 30));
}
