using Connectors.Core.Model;
using Connectors.Core.Planning;
using Connectors.Core.Stages;
using Connectors.Core.Windows;
using Connectors.Reliability.Tests.Fuzzing;

using NodaTime;

namespace Connectors.Reliability.Tests.Surfaces;

/// <summary>
/// Core: the two files a host keeps between runs, <see cref="SyncPlanJson"/> (a plan written for review and applied
/// later) and <see cref="TargetSnapshotJson"/> (the platform's cases kept in a file). A plan read back is written again
/// and walked; a snapshot read back is planned against, as a host would.
/// </summary>
public sealed class CoreSurfaces : IFuzzSurfaces
{
    private static readonly Instant Now = Instant.FromUtc(2026, 11, 25, 2, 0);

    private static readonly StageCatalog Catalog = new(
    [
        new PracticeAreaStages("Personal Injury", ["Intake", "Treatment", "Treatment Completed", "Settled"]),
    ]);

    /// <inheritdoc />
    public IEnumerable<FuzzSurface> Create()
    {
        var source = new List<SourceCase>
        {
            Source("1042", "Intake", closed: false),
            Source("1043", "Treatment", closed: false),
            Source("1044", "Settled", closed: true),
        };
        var target = new List<TargetCase>
        {
            Target("1042", "Treatment", closed: false),
            Target("1044", "Settled", closed: false),
            Target("1045", "Intake", closed: false),
        };

        yield return new FuzzSurface(
            "core/sync-plan-json",
            [SyncPlanJson.Serialize(Plan(source, target)), SyncPlanJson.Serialize(Plan(source, []))],
            json =>
        {
            var plan = SyncPlanJson.Deserialize(json);
            _ = SyncPlanJson.Serialize(plan);
            _ = plan.ToString();
            var keys = new List<string>();
            foreach (var operation in plan.Operations ?? [])
            {
                _ = operation?.ToString();
                keys.Add(operation?.Key.SourceId ?? "?");
            }

            return Task.FromResult<IReadOnlyCollection<string>>(keys);
        });

        yield return new FuzzSurface(
            "core/target-snapshot-json",
            [TargetSnapshotJson.Serialize(target), TargetSnapshotJson.Serialize([target[0]])],
            json =>
        {
            var read = TargetSnapshotJson.Deserialize(json);
            _ = TargetSnapshotJson.Serialize(read);
            var plan = Plan(source, read);
            _ = SyncPlanJson.Serialize(plan);
            return Task.FromResult<IReadOnlyCollection<string>>([.. read.Select(t => t.Key.SourceId)]);
        });
    }

    private static SyncPlan Plan(IReadOnlyList<SourceCase> source, IReadOnlyList<TargetCase> target) => SyncPlanner.Plan(new SyncRequest
    {
        Tenant = "fuzz-firm",
        SourceSystem = "casepeer",
        Now = Now,
        Window = new SyncWindow(Instant.FromUtc(2000, 1, 1, 0, 0), Now),
        Source = source,
        Target = target,
        Stages = Catalog,
        KnownAttorneys = ["a.reyes@firm.example"],
    });

    private static SourceCase Source(string id, string status, bool closed) =>
        new(
            new CaseKey("casepeer", id),
            "Personal Injury",
            status,
            closed,
            Now - Duration.FromDays(3),
            new ClientContact("Amara", "Okafor", PhoneNumber.Parse("(402) 555-0142")),
            "a.reyes@firm.example");

    private static TargetCase Target(string id, string stage, bool closed) =>
        new(
            new CaseKey("casepeer", id),
            "Personal Injury",
            stage,
            closed,
            new ClientContact("Amara", "Okafor", PhoneNumber.Parse("(402) 555-0142"), "amara@mail.example"),
            "a.reyes@firm.example")
        {
            Title = $"Okafor v. Insurer {id}",
        };
}
