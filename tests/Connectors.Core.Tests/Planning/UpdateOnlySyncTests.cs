using Connectors.Core.Model;
using Connectors.Core.Planning;
using Connectors.Core.Windows;

using static Connectors.Core.Tests.TestCases;

namespace Connectors.Core.Tests.Planning;

/// <summary>
/// The manual "Sync with CASEpeer" (seed: "pull all cases from CASEpeer and update them in Case Status if they had been
/// previously synced"): an update-only plan, of every case or of one.
/// </summary>
public class UpdateOnlySyncTests
{
    private static SyncRequest UpdateOnly(IReadOnlyList<SourceCase> source, IReadOnlyList<TargetCase> target) =>
        Request(source, target) with { Mode = SyncMode.UpdateOnly, Window = SyncWindow.Unbounded, SourceRead = ReportedComplete() };

    [Fact]
    public void A_case_never_synced_is_skipped_with_its_reason_and_a_synced_one_is_updated()
    {
        var synced = Source("1", "Demand");
        var neverSynced = Source("2");

        var plan = SyncPlanner.Plan(UpdateOnly([synced, neverSynced], [TargetOf(synced, stage: "Treatment")]));

        Assert.Equal(OperationKind.Update, plan.Operations.Single(o => o.SourceId == "1").Kind);
        var skip = plan.Operations.Single(o => o.SourceId == "2");
        Assert.Equal((OperationKind.Skip, SkipReason.NotSyncedBefore), (skip.Kind, skip.Reason));
        Assert.Contains("never synced", skip.Detail, StringComparison.Ordinal);
        Assert.Equal(0, plan.Summary.Creates);
    }

    [Fact]
    public void The_same_snapshots_in_the_full_mode_create_the_case_never_synced()
    {
        var synced = Source("1", "Demand");

        var request = UpdateOnly([synced, Source("2")], [TargetOf(synced, stage: "Treatment")]) with { Mode = SyncMode.Full };

        var plan = SyncPlanner.Plan(request);

        Assert.Equal(OperationKind.Create, plan.Operations.Single(o => o.SourceId == "2").Kind);
    }

    [Fact]
    public void Syncing_one_case_by_hand_never_closes_the_others_by_absence()
    {
        var one = Source("1", "Demand");
        IReadOnlyList<TargetCase> platform =
            [TargetOf(one, stage: "Treatment"), .. Enumerable.Range(2, 9).Select(i => TargetOf(Source($"{i}")))];

        var plan = SyncPlanner.Plan(UpdateOnly([one], platform));

        Assert.DoesNotContain(plan.Operations, o => o.Kind == OperationKind.Close);
        Assert.False(plan.SourceIsComplete);
        Assert.Equal(OperationKind.Update, Assert.Single(plan.Operations, o => o.IsWrite).Kind);
    }

    [Fact]
    public void Stage_and_close_changes_still_need_the_case_connected_to_the_platform()
    {
        var moved = Source("1", "Demand") with { IsConnected = false };
        var closed = Source("2") with { IsConnected = false, IsClosed = true };

        IReadOnlyList<TargetCase> platform = [TargetOf(moved, stage: "Treatment"), TargetOf(closed with { IsClosed = false })];

        var plan = SyncPlanner.Plan(UpdateOnly([moved, closed], platform));

        Assert.All(plan.Operations, o => Assert.Equal(SkipReason.NotConnected, o.Reason));
    }

    [Fact]
    public void An_update_only_plan_round_trips_through_json_with_its_new_skip_reason()
    {
        var plan = SyncPlanner.Plan(UpdateOnly([Source("2")], []));

        var back = SyncPlanJson.Deserialize(SyncPlanJson.Serialize(plan));

        Assert.Equal(SkipReason.NotSyncedBefore, Assert.Single(back.Operations).Reason);
    }
}
