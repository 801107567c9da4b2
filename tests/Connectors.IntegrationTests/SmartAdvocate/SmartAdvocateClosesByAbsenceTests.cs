using System.Globalization;

using Connectors.Core.Model;
using Connectors.Core.Planning;
using Connectors.Core.Sources;
using Connectors.Core.Stages;
using Connectors.Core.Windows;
using Connectors.Sandbox.SmartAdvocate;
using Connectors.SmartAdvocate;
using Connectors.SmartAdvocate.Dialer;

using Microsoft.Extensions.DependencyInjection;

using NodaTime;

namespace Connectors.IntegrationTests.SmartAdvocate;

/// <summary>
/// Issue 14, point 1: the sync docs/getting-started/smartadvocate.md describes, run over real HTTP against the sandbox,
/// never closes an open case the read did not see.
/// </summary>
public class SmartAdvocateClosesByAbsenceTests
{
    private const string Attorney = "lead.attorney@sandbox-firm.example";
    private static readonly Instant PullStart = Instant.FromUtc(2026, 11, 24, 15, 0);

    [Fact]
    public async Task A_case_edited_after_the_read_started_is_not_closed_by_the_documented_sync()
    {
        await using var harness = await SmartAdvocateHarness.StartAsync(
            new SmartAdvocateSandboxOptions { Cases = 14, SeededAt = PullStart },
            o => o.DefaultAttorneyEmail = Attorney,
            new() { Start = PullStart });
        var clock = harness.Clock;
        var vendor = harness.Vendor;
        var provider = harness.Services;
        var source = provider.GetRequiredService<SmartAdvocateCaseSource>();

        // The platform after a first sync: the ten open SmartAdvocate cases, open.
        var open = vendor.Cases.Where(c => c.IsOpen).Select(c => c.CaseId).ToList();
        Assert.Equal(10, open.Count);
        var platform = open.Select(id => new TargetCase(
            new CaseKey(
                "smartadvocate",
                id.ToString(CultureInfo.InvariantCulture)), "Auto Accident", "Intake", false, ClientContact.Empty, Attorney)).ToList();
        var checkpoint = SyncCheckpoint.None.Applied(PullStart - Duration.FromDays(1));

        // The read starts; a minute later someone edits one of the open cases (a note), before CaseInfo answers.
        var edited = open[3];
        clock.Advance(Duration.FromMinutes(1));
        await provider.GetRequiredService<SmartAdvocateDialerClient>().AddCaseNoteAsync(edited, "Called the client back.");

        var plan = await DocumentedSyncAsync(source, PullStart, checkpoint, platform);

        Assert.DoesNotContain(plan.Operations, o => o.Kind == OperationKind.Close);
        Assert.Equal(0, plan.Summary.Closes);
        Assert.False(plan.SourceIsComplete);
        // The edited case was left out of the read (dated after the window's end), and so nothing is planned for it.
        Assert.DoesNotContain(plan.Operations, o => o.SourceId == edited.ToString(CultureInfo.InvariantCulture));
    }

    /// <summary>
    /// Section 3 of docs/getting-started/smartadvocate.md, as a user copies it, with the rolling window after a first sync.
    /// </summary>
    private static async Task<SyncPlan> DocumentedSyncAsync(
        SmartAdvocateCaseSource source,
        Instant now,
        SyncCheckpoint checkpoint,
        IReadOnlyList<TargetCase> platform)
    {
        var zone = DateTimeZoneProviders.Tzdb["America/New_York"];
        var window = new RollingLookBackWindowPolicy(zone).WindowFor(checkpoint, now);

        var read = new SourceReadReport();
        var cases = new List<SourceCase>();
        await foreach (var item in source.ReadSnapshotAsync(window, read))
        {
            cases.Add(item);
        }

        return SyncPlanner.Plan(new SyncRequest
        {
            Tenant = "my-firm",
            SourceSystem = source.SourceSystem,
            Now = now,
            Window = window,
            Source = cases,
            SourceRead = read,
            Target = platform,
            Stages = new StageCatalog(
            [
                new PracticeAreaStages("Auto Accident", ["Intake", "Treatment", "Treatment Completed", "Litigation", "Settled"]),
                new PracticeAreaStages("Slip and Fall", ["Intake", "Treatment", "Treatment Completed", "Litigation", "Settled"]),
                new PracticeAreaStages("Medical Malpractice", ["Intake", "Investigation", "Litigation", "Settled"]),
            ]),
            StageMap = new StageMap(
            [
                new StageOverride("Treating", "Treatment"),
                new StageOverride("Released From Treatment", "Treatment Completed"),
            ]),
            KnownAttorneys = [Attorney],
        });
    }
}
