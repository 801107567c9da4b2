using Connectors.Core.Scheduling;
using Connectors.Core.Stages;

using NodaTime;

namespace Planner.Sample;

/// <summary>The platform side of a made-up firm: its practice areas, stage overrides, attorneys and hours.</summary>
internal static class DemoFirm
{
    public static DateTimeZone Zone { get; } = DateTimeZoneProviders.Tzdb["America/New_York"];

    public static StageCatalog Catalog { get; } = new(
    [
        new PracticeAreaStages(
            "Personal Injury",
            ["Intake", "Treatment", "Treatment Completed", "Demand", "Negotiation", "Litigation", "Settled"]),
        new PracticeAreaStages("Workers Compensation", ["Intake", "Medical Review", "Hearing", "Award"]),
        new PracticeAreaStages("Family Law", ["Consultation", "Filing", "Discovery", "Mediation", "Trial", "Decree"]),
        new PracticeAreaStages("Criminal Defense", ["Arraignment", "Pre-Trial", "Plea Negotiation", "Trial", "Sentencing"]),
    ]);

    public static StageMap Overrides { get; } = new(
    [
        new StageOverride("Released From Treatment", "Treatment Completed"),
        new StageOverride("Court Date Set", "Hearing", "Workers Compensation"),
    ]);

    public static IReadOnlyList<string> Attorneys { get; } =
        ["a.reyes@firm.example", "j.okafor@firm.example", "m.chen@firm.example", "s.novak@firm.example"];

    public static OperatingHours Hours { get; } = OperatingHours.Weekdays(Zone, new LocalTime(8, 30), new LocalTime(17, 30));
}
