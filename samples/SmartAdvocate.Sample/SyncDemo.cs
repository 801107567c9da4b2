using Connectors.Core.Model;
using Connectors.Core.Planning;
using Connectors.Core.Sources;
using Connectors.Core.Stages;
using Connectors.Core.Windows;
using Connectors.SmartAdvocate;

using NodaTime;

namespace SmartAdvocate.Sample;

/// <summary>One CaseSyncAPI read planned against an empty platform: the initial import a firm would see.</summary>
internal static class SyncDemo
{
    public static readonly StageCatalog Stages = new(
    [
        new PracticeAreaStages("Auto Accident", ["Intake", "Treatment", "Treatment Completed", "Litigation", "Settled"]),
        new PracticeAreaStages("Slip and Fall", ["Intake", "Treatment", "Treatment Completed", "Litigation", "Settled"]),
        new PracticeAreaStages("Medical Malpractice", ["Intake", "Investigation", "Litigation", "Settled"]),
    ]);

    public static readonly StageMap Overrides = new(
    [
        new StageOverride("Treating", "Treatment"),
        new StageOverride("Released From Treatment", "Treatment Completed"),
        new StageOverride("LIT 03 - Lawsuit Served", "Litigation"),
        new StageOverride("LIT 04 - Answer Received", "Litigation"),
    ]);

    public static async Task<SyncPlan> PlanAsync(
        SmartAdvocateCaseSource source,
        Instant now,
        DateTimeZone firmZone,
        IReadOnlyCollection<string> attorneys,
        CancellationToken cancellationToken)
    {
        var window = new RollingLookBackWindowPolicy(firmZone).WindowFor(SyncCheckpoint.None, now);
        var read = new SourceReadReport(); // the source reports whether it read every case; a windowed read never has
        var cases = new List<SourceCase>();
        await foreach (var sourceCase in source.ReadSnapshotAsync(window, read, cancellationToken))
        {
            cases.Add(sourceCase);
        }

        return SyncPlanner.Plan(new SyncRequest
        {
            Tenant = "sandbox-firm",
            SourceSystem = source.SourceSystem,
            Now = now,
            Window = window,
            Source = cases,
            SourceRead = read,
            Target = [],
            Stages = Stages,
            StageMap = Overrides,
            KnownAttorneys = attorneys,
        });
    }
}
