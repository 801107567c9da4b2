using Connectors.Core.Model;
using Connectors.Core.Planning;
using Connectors.Core.Stages;
using Connectors.Core.Windows;

using NodaTime;

namespace Connectors.Reliability.Tests.Fuzzing;

/// <summary>
/// Runs what a host does with cases read from a mutated payload: print them, plan them (new and existing), write the plan.
/// </summary>
public static class PlannerProbe
{
    private static readonly StageCatalog Catalog = new(
    [
        new PracticeAreaStages("Personal Injury", ["Intake", "Treatment", "Treatment Completed", "Settled"]),
        new PracticeAreaStages("Auto Accident", ["Intake", "Treatment", "Treatment Completed", "Litigation", "Settled"]),
        new PracticeAreaStages("Slip and Fall", ["Intake", "Treatment", "Litigation", "Settled"]),
    ]);

    /// <summary>
    /// Plans <paramref name="cases"/> against an empty platform and against one holding every case; returns the ids read in full.
    /// </summary>
    public static IReadOnlyCollection<string> Exercise(IReadOnlyList<SourceCase> cases, string sourceSystem)
    {
        ArgumentNullException.ThrowIfNull(cases);
        foreach (var item in cases)
        {
            _ = item.ToString();
            _ = item.Client.ToString();
            _ = item.Client.Phone?.ToString();
        }

        var now = Instant.FromUtc(2026, 11, 25, 2, 0);
        var targets = cases.Where(c => c.ReadError is null)
            .Select(c => new TargetCase(c.Key, "Personal Injury", "Intake", false, c.Client, c.AttorneyEmail) { Title = c.Title })
            .ToList();
        foreach (var target in new[] { (IReadOnlyList<TargetCase>)[], targets })
        {
            var plan = SyncPlanner.Plan(new SyncRequest
            {
                Tenant = "fuzz-firm",
                SourceSystem = sourceSystem,
                Now = now,
                Window = new SyncWindow(Instant.FromUtc(2000, 1, 1, 0, 0), now),
                Source = cases,
                Target = target,
                Stages = Catalog,
                StageMap = new StageMap([new StageOverride("Released From Treatment", "Treatment Completed")]),
                KnownAttorneys = ["a.reyes@firm.example", "lead.attorney@sandbox-firm.example"],
            });
            _ = SyncPlanJson.Serialize(plan);
            foreach (var unreadable in cases.Where(c => c.ReadError is not null))
            {
                Assert.Contains(
                    plan.Operations,
                    o => o.Key == unreadable.Key && (o.Reason == SkipReason.Unreadable || o.Reason == SkipReason.DuplicateInSource));
            }
        }

        return [.. cases.Where(c => c.ReadError is null).Select(c => c.Key.SourceId)];
    }
}
