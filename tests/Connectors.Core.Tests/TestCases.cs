using Connectors.Core.Model;
using Connectors.Core.Planning;
using Connectors.Core.Stages;
using Connectors.Core.Windows;

namespace Connectors.Core.Tests;

/// <summary>Builders for the cases and requests the tests share.</summary>
internal static class TestCases
{
    public const string System = "casepeer";
    public const string Attorney = "lead@firm.example";

    public static readonly Instant Now = Instant.FromUtc(2026, 11, 24, 21, 0);
    public static readonly PhoneNumber Mobile = PhoneNumber.Parse("(402) 320-5759");
    public static readonly PhoneNumber OtherMobile = PhoneNumber.Parse("402-758-8268");
    public static readonly PhoneNumber UkLandline = PhoneNumber.Parse("+44 20 7946 0958");
    public static readonly PhoneNumber NotANumber = PhoneNumber.Parse("call me maybe");

    public static StageCatalog Catalog { get; } = new(
    [
        new PracticeAreaStages("Personal Injury", ["Intake", "Treatment", "Treatment Completed", "Demand", "Negotiation", "Settled"]),
        new PracticeAreaStages("Workers Compensation", ["Intake", "Hearing", "Award"]),
    ]);

    public static SourceCase Source(string id, string status = "Treatment", string practiceArea = "Personal Injury") => new(
        new CaseKey(System, id),
        practiceArea,
        status,
        IsClosed: false,
        UpdatedAt: Now - Duration.FromDays(3),
        new ClientContact("Ada", "Lovelace", Mobile),
        Attorney);

    public static TargetCase TargetOf(SourceCase source, string? stage = null) => new(
        source.Key, "Personal Injury", stage ?? source.Status, source.IsClosed, source.Client, source.AttorneyEmail)
    { Title = source.Title };

    public static SyncRequest Request(IReadOnlyList<SourceCase> source, IReadOnlyList<TargetCase>? target = null) => new()
    {
        Tenant = "firm-1",
        SourceSystem = System,
        Now = Now,
        Window = new SyncWindow(Now - Duration.FromDays(365), Now),
        Source = source,
        Target = target ?? [],
        Stages = Catalog,
        KnownAttorneys = [Attorney],
    };

    public static SyncOperation Single(SyncPlan plan) => Assert.Single(plan.Operations);

    /// <summary>A source's report on a read that returned every case of the system.</summary>
    public static Connectors.Core.Sources.SourceReadReport ReportedComplete()
    {
        var report = new Connectors.Core.Sources.SourceReadReport();
        report.ReportComplete(SyncWindow.Unbounded);
        return report;
    }
}
