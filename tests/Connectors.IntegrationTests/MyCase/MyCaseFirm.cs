using Connectors.Core.Model;
using Connectors.Core.Planning;
using Connectors.Core.Stages;
using Connectors.Core.Windows;
using Connectors.MyCase;
using Connectors.Sandbox.MyCase;

using NodaTime;

namespace Connectors.IntegrationTests.MyCase;

/// <summary>The platform side of the test firm, and the plan a sync makes.</summary>
internal static class MyCaseFirm
{
    public static StageCatalog Catalog { get; } = MyCaseStages.Catalog(
    [
        new PracticeAreaStages(
            "Personal Injury",
            ["Intake", "Treatment", "Treatment Completed", "Demand", "Negotiation", "Litigation", "Settled"]),
        new PracticeAreaStages("Workers Compensation", ["Intake", "Discovery", "Hearing", "Settled"]),
        new PracticeAreaStages("Family Law", ["Intake", "Discovery", "Negotiation", "Hearing"]),
    ]);

    public static StageMap Overrides { get; } = new([new StageOverride("Released From Treatment", "Treatment Completed")]);

    public static IReadOnlyList<string> Attorneys { get; } = [.. MyCaseSeedData.Staff.Take(3).Select(s => s.Email!)];

    public static SyncPlan Plan(IReadOnlyList<SourceCase> source, IReadOnlyList<TargetCase> target, SyncWindow window, Instant now) =>
        SyncPlanner.Plan(new SyncRequest
        {
            Tenant = "sandbox-firm",
            SourceSystem = "mycase",
            Now = now,
            Window = window,
            Source = source,
            Target = target,
            Stages = Catalog,
            StageMap = Overrides,
            KnownAttorneys = Attorneys,
        });

    public static async Task<List<SourceCase>> ReadAsync(IAsyncEnumerable<SourceCase> cases)
    {
        var read = new List<SourceCase>();
        await foreach (var item in cases)
        {
            read.Add(item);
        }

        return read;
    }
}
