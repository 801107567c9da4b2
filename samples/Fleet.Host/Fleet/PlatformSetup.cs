using Connectors.Core.Stages;
using Connectors.MyCase;

namespace Fleet.Host.Fleet;

/// <summary>The platform side of the sample firms: stages per practice area and attorney users, per vendor's sandbox data.</summary>
public static class PlatformSetup
{
    private static readonly StageCatalog CasePeerStages = new(
    [
        new PracticeAreaStages(
            "Personal Injury", ["Intake", "Treatment", "Treatment Completed", "Demand", "Negotiation", "Litigation", "Settled"]),
        new PracticeAreaStages("Workers Compensation", ["Intake", "Medical Review", "Hearing", "Award"]),
        new PracticeAreaStages("Premises Liability", ["Intake", "Investigation", "Demand", "Negotiation"]),
    ]);

    private static readonly StageCatalog MyCaseCatalog = MyCaseStages.Catalog(
    [
        new PracticeAreaStages(
            "Personal Injury", ["Intake", "Treatment", "Treatment Completed", "Demand", "Negotiation", "Litigation", "Settled"]),
        new PracticeAreaStages("Workers Compensation", ["Intake", "Discovery", "Hearing", "Settled"]),
        new PracticeAreaStages("Family Law", ["Intake", "Discovery", "Negotiation", "Hearing"]),
    ]);

    private static readonly StageCatalog SmartAdvocateStages = new(
    [
        new PracticeAreaStages("Auto Accident", ["Intake", "Treatment", "Treatment Completed", "Litigation", "Settled"]),
        new PracticeAreaStages("Slip and Fall", ["Intake", "Treatment", "Treatment Completed", "Litigation", "Settled"]),
        new PracticeAreaStages("Medical Malpractice", ["Intake", "Investigation", "Litigation", "Settled"]),
    ]);

    private static readonly StageMap SharedOverrides = new(
    [
        new StageOverride("Treating", "Treatment"),
        new StageOverride("Released From Treatment", "Treatment Completed"),
        new StageOverride("LIT 03 - Lawsuit Served", "Litigation"),
        new StageOverride("LIT 04 - Answer Received", "Litigation"),
    ]);

    /// <summary>The platform's attorney users (the sandboxes' lead lawyers).</summary>
    public static IReadOnlyList<string> Attorneys { get; } =
        ["a.reyes@firm.example", "j.okafor@firm.example", "m.chen@firm.example", "lead.attorney@sandbox-firm.example"];

    /// <summary>The stage catalog of a vendor's firms.</summary>
    public static StageCatalog StagesFor(Vendor vendor) => vendor switch
    {
        Vendor.MyCase => MyCaseCatalog,
        Vendor.SmartAdvocate => SmartAdvocateStages,
        _ => CasePeerStages,
    };

    /// <summary>The stage overrides (vendor status to platform stage) of the sample firms.</summary>
    public static StageMap Overrides => SharedOverrides;
}
