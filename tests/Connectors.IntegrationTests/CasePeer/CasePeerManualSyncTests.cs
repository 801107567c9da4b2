using Connectors.CasePeer;
using Connectors.Core.Model;
using Connectors.Core.Planning;
using Connectors.Core.Stages;
using Connectors.Core.Windows;
using Connectors.Sandbox.CasePeer;

namespace Connectors.IntegrationTests.CasePeer;

/// <summary>
/// The manual "Sync with CASEpeer" over loopback, as the CASEpeer sample runs it: every case (an unbounded read) or one
/// (<c>ReadCaseAsync</c>), planned update-only against the platform's cases after a nightly sync.
/// </summary>
public class CasePeerManualSyncTests
{
    private static SyncRequest Request(IReadOnlyList<SourceCase> source, IReadOnlyList<TargetCase> target, SyncMode mode) => new()
    {
        Tenant = "firm",
        SourceSystem = "casepeer",
        Now = CasePeerHarness.Start,
        Window = SyncWindow.Unbounded,
        Mode = mode,
        Source = source,
        Target = target,
        Stages = new StageCatalog(CasePeerSeedData.Statuses.Select(s => new PracticeAreaStages(s.Key, s.Value))),
        KnownAttorneys = CasePeerSeedData.Attorneys.Take(3).Select(a => a.Email!).ToList(),
    };

    private static async Task<List<SourceCase>> ReadAllAsync(CasePeerHarness harness)
    {
        var read = new List<SourceCase>();
        await foreach (var item in harness.Get<CasePeerCaseSource>().ReadCasesAsync(SyncWindow.Unbounded))
        {
            read.Add(item);
        }

        return read;
    }

    // The nightly sync's platform, without one created case (as if the firm had never synced it), and two open,
    // connected cases: one synced, one not.
    private static async Task<(IReadOnlyList<TargetCase> Target, SourceCase Synced, SourceCase NeverSynced)> NightlyAsync(
        CasePeerHarness harness)
    {
        var read = await ReadAllAsync(harness);
        var nightly = SyncPlanner.Plan(Request(read, [], SyncMode.Full));
        var created = nightly.Operations.Where(o => o.Kind == OperationKind.Create).Select(o => o.SourceId).ToHashSet();
        var candidates = read
            .GroupBy(c => c.Key)
            .Where(g => g.Count() == 1)
            .Select(g => g.Single())
            .Where(c => created.Contains(c.Key.SourceId) && c is { IsConnected: true, IsClosed: false, Status: "Intake" })
            .Take(2)
            .ToList();
        Assert.Equal(2, candidates.Count);
        var target = SyncPlanGuard.ApplyTo(nightly, []).Where(t => t.Key != candidates[1].Key).ToList();
        return (target, candidates[0], candidates[1]);
    }

    [Fact]
    public async Task A_manual_sync_of_every_case_updates_a_synced_case_and_creates_none()
    {
        await using var harness = await CasePeerHarness.StartAsync();
        var (target, synced, neverSynced) = await NightlyAsync(harness);
        var next = CasePeerSeedData.Statuses[synced.PracticeArea][1];
        harness.Vendor.UpdateCase(long.Parse(synced.Key.SourceId, System.Globalization.CultureInfo.InvariantCulture),
            CasePeerHarness.Start, status: next);
        harness.Vendor.UpdateCase(long.Parse(neverSynced.Key.SourceId, System.Globalization.CultureInfo.InvariantCulture),
            CasePeerHarness.Start, status: next);

        var plan = SyncPlanner.Plan(Request(await ReadAllAsync(harness), target, SyncMode.UpdateOnly));

        Assert.Equal(0, plan.Summary.Creates);
        var update = Assert.Single(plan.Operations, o => o.SourceId == synced.Key.SourceId);
        Assert.Equal(OperationKind.Update, update.Kind);
        Assert.Equal(next, update.Target!.Stage);
        var skip = Assert.Single(plan.Operations, o => o.SourceId == neverSynced.Key.SourceId);
        Assert.Equal((OperationKind.Skip, SkipReason.NotSyncedBefore), (skip.Kind, skip.Reason));
        var applied = SyncPlanGuard.ApplyTo(plan, target);
        Assert.Equal(target.Count, applied.Count);
        Assert.Equal(next, applied.Single(t => t.Key == synced.Key).Stage);
        Assert.DoesNotContain(applied, t => t.Key == neverSynced.Key);
    }

    [Fact]
    public async Task A_manual_sync_of_one_case_reads_only_that_case_and_never_creates_it()
    {
        await using var harness = await CasePeerHarness.StartAsync();
        var (target, synced, neverSynced) = await NightlyAsync(harness);
        var next = CasePeerSeedData.Statuses[synced.PracticeArea][1];
        harness.Vendor.UpdateCase(long.Parse(synced.Key.SourceId, System.Globalization.CultureInfo.InvariantCulture),
            CasePeerHarness.Start, status: next);
        var source = harness.Get<CasePeerCaseSource>();
        var readsBefore = harness.Server.Context.Requests.Count("GET", "/casepeer/api/v1/cases");

        var one = await source.ReadCaseAsync(synced.Key.SourceId);
        var other = await source.ReadCaseAsync(neverSynced.Key.SourceId);
        var updated = SyncPlanner.Plan(Request([one!], target, SyncMode.UpdateOnly));
        var skipped = SyncPlanner.Plan(Request([other!], target, SyncMode.UpdateOnly));

        // Two reads of one case each (GET /cases/{id}), no list.
        Assert.Equal(readsBefore + 2, harness.Server.Context.Requests.Count("GET", "/casepeer/api/v1/cases"));
        var update = Assert.Single(updated.Operations);
        Assert.Equal((OperationKind.Update, next), (update.Kind, update.Target!.Stage));
        var skip = Assert.Single(skipped.Operations);
        Assert.Equal((OperationKind.Skip, SkipReason.NotSyncedBefore), (skip.Kind, skip.Reason));
        Assert.Equal(0, skipped.Summary.Writes);
    }
}
