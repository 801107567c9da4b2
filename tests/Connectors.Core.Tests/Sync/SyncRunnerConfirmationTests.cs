using System.Runtime.CompilerServices;

using Connectors.Core.Checkpoints;
using Connectors.Core.Model;
using Connectors.Core.Planning;
using Connectors.Core.Sources;
using Connectors.Core.Sync;
using Connectors.Core.Windows;

using NodaTime.Testing;

namespace Connectors.Core.Tests.Sync;

/// <summary>
/// A plan over the mass-change share is held for a person, then applied on their approval of that very plan, or
/// rejected; either way the run ends with the checkpoint where it belongs.
/// </summary>
public class SyncRunnerConfirmationTests
{
    // Ten open cases move from Intake to Treatment at once: 100% of open cases, over the 20% mass-change share.
    private static readonly IReadOnlyList<SourceCase> Moved = [.. Enumerable.Range(1, 10).Select(i => TestCases.Source($"case-{i:D2}"))];

    private readonly InMemorySyncCheckpointStore _store = new();
    private readonly FakeClock _clock = new(TestCases.Now);
    private readonly Platform _platform = new([.. Moved.Select(c => TestCases.TargetOf(c, stage: "Intake"))]);

    [Fact]
    public async Task A_plan_over_the_mass_change_share_is_held_with_nothing_applied_and_the_run_still_under_way()
    {
        var result = await Runner().RunAsync(TestCases.Request([]));

        Assert.True(result.HeldForConfirmation, result.Plan.ConfirmationReason);
        Assert.NotNull(result.Plan.ConfirmationReason);
        Assert.Equal((false, 0), (result.Completed, result.Applied));
        Assert.Empty(_platform.Applied);
        var progress = await Progress();
        Assert.True(progress.IsRunning);
        Assert.Equal(SyncCheckpoint.None, progress.Checkpoint);
    }

    [Fact]
    public async Task An_approved_plan_is_applied_and_the_checkpoint_advances_to_the_held_runs_pull_start()
    {
        var held = await Runner().RunAsync(TestCases.Request([]));
        var pullStart = (await Progress()).PullStartedAt;
        _clock.Advance(Duration.FromHours(2)); // the person answers later

        var applied = await Runner().ApplyApprovedAsync(TestCases.Request([]), PlanApproval.Of(held.Plan));

        Assert.Equal((true, false, 10), (applied.Completed, applied.HeldForConfirmation, applied.Applied));
        Assert.Equal(10, _platform.Applied.Count);
        var progress = await Progress();
        Assert.False(progress.IsRunning);
        Assert.Equal(SyncCheckpoint.None.Applied(pullStart!.Value), progress.Checkpoint);
    }

    [Fact]
    public async Task An_approval_of_a_plan_the_platform_has_since_changed_under_is_refused_and_the_run_stays_held()
    {
        var held = await Runner().RunAsync(TestCases.Request([]));
        _platform.Cases = [.. _platform.Cases.Skip(1)]; // someone removed a case on the platform after the person looked

        var refused = await Assert.ThrowsAsync<StaleApprovalException>(
            () => Runner().ApplyApprovedAsync(TestCases.Request([]), PlanApproval.Of(held.Plan)));

        Assert.Equal(PlanApproval.Of(held.Plan), refused.Approved);
        Assert.NotEqual(held.Plan.TargetFingerprint, refused.Current.TargetFingerprint);
        Assert.Empty(_platform.Applied);
        Assert.True((await Progress()).IsRunning);
    }

    [Fact]
    public async Task An_approval_of_another_tenants_plan_is_refused()
    {
        var held = await Runner().RunAsync(TestCases.Request([]));
        var otherTenant = PlanApproval.Of(held.Plan) with { Tenant = "firm-2" };

        await Assert.ThrowsAsync<StaleApprovalException>(() => Runner().ApplyApprovedAsync(TestCases.Request([]), otherTenant));

        Assert.Empty(_platform.Applied);
    }

    [Fact]
    public async Task A_rejected_plan_ends_the_run_without_moving_the_checkpoint_and_the_next_run_plans_the_changes_again()
    {
        await Runner().RunAsync(TestCases.Request([]));

        Assert.True(await Runner().RejectAsync("firm-1"));

        var progress = await Progress();
        Assert.False(progress.IsRunning);
        Assert.Equal(SyncCheckpoint.None, progress.Checkpoint);
        Assert.Empty(_platform.Applied);
        _clock.Advance(Duration.FromHours(1));
        var next = await Runner().RunAsync(TestCases.Request([]));
        Assert.False(next.Resumed); // a new run, not the rejected one resumed
        Assert.True(next.HeldForConfirmation); // the same changes, planned afresh, still need a person
        Assert.False(await Runner().RejectAsync("firm-2")); // no run under way for another tenant
    }

    [Fact]
    public async Task A_plan_under_the_share_is_applied_without_an_approval_as_before()
    {
        _platform.Cases = [.. Moved.Select(c => TestCases.TargetOf(c))]; // nothing to change

        var result = await Runner().RunAsync(TestCases.Request([]));

        Assert.Equal((true, false), (result.Completed, result.HeldForConfirmation));
    }

    private SyncRunner Runner() => new(new ListSource(), _platform, _store, new RollingLookBackWindowPolicy(DateTimeZone.Utc), _clock);

    private async Task<SyncProgress> Progress() => await _store.LoadAsync("firm-1", TestCases.System, CancellationToken.None);

    private sealed class ListSource : ICaseSource
    {
        public string SourceSystem => TestCases.System;

        public async IAsyncEnumerable<SourceCase> ReadCasesAsync(
            SyncWindow window,
            [EnumeratorCancellation] CancellationToken cancellationToken = default)
        {
            foreach (var item in Moved)
            {
                await Task.Yield();
                yield return item;
            }
        }

        public Task<SourceCase?> ReadCaseAsync(string sourceId, CancellationToken cancellationToken = default) =>
            Task.FromResult(Moved.FirstOrDefault(c => c.Key.SourceId == sourceId));
    }

    private sealed class Platform(IReadOnlyList<TargetCase> cases) : IPlatformCaseStore
    {
        public IReadOnlyList<TargetCase> Cases { get; set; } = cases;

        public List<SyncOperation> Applied { get; } = [];

        public Task<IReadOnlyList<TargetCase>> ReadCasesAsync(string tenant, string sourceSystem, CancellationToken cancellationToken) =>
            Task.FromResult(Cases);

        public Task ApplyAsync(SyncOperation operation, CancellationToken cancellationToken)
        {
            Applied.Add(operation);
            return Task.CompletedTask;
        }
    }
}
