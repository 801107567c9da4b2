using Connectors.Core.Stages;
using Connectors.MyCase;

using NodaTime;

namespace MyCase.Sample;

/// <summary>The platform side of the sample firm: the stages its practice areas have and its attorney users.</summary>
internal static class FirmSetup
{
    public static DateTimeZone Zone { get; } = DateTimeZoneProviders.Tzdb["America/Chicago"];

    // The sandbox's MyCase stages, matched as MyCase matches names (ignoring case); "Released From Treatment" goes
    // through an override, as in the vendor document's example.
    public static StageCatalog Catalog { get; } = MyCaseStages.Catalog(
    [
        new PracticeAreaStages(
            "Personal Injury",
            ["Intake", "Treatment", "Treatment Completed", "Demand", "Negotiation", "Litigation", "Settled"]),
        new PracticeAreaStages("Workers Compensation", ["Intake", "Discovery", "Hearing", "Settled"]),
        new PracticeAreaStages("Family Law", ["Intake", "Discovery", "Negotiation", "Hearing"]),
    ]);

    public static StageMap Overrides { get; } = new([new StageOverride("Released From Treatment", "Treatment Completed")]);

    // The sandbox's fourth lead lawyer (former.partner@) is not an attorney user on the platform, on purpose.
    public static IReadOnlyList<string> Attorneys { get; } = ["a.reyes@firm.example", "j.okafor@firm.example", "m.chen@firm.example"];
}
