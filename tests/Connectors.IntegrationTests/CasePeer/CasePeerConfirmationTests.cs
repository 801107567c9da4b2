using Connectors.CasePeer;
using Connectors.Core.Checkpoints;
using Connectors.Core.Model;
using Connectors.Core.Planning;
using Connectors.Core.Stages;
using Connectors.Core.Sync;
using Connectors.Core.Windows;
using Connectors.Sandbox.CasePeer;

using NodaTime;

namespace Connectors.IntegrationTests.CasePeer;

/// <summary>
/// The confirmation flow over loopback with <see cref="SyncRunner"/>: a nightly sync that closes too many cases at once is
/// held (nothing applied, the run under way, the checkpoint where it was); a person's approval of that plan applies it and
/// advances the checkpoint; a rejection ends the run and leaves the checkpoint; an approval of a plan that is no longer
/// the one made is refused.
/// </summary>
public class CasePeerConfirmationTests
{
    private const string Tenant = "firm";

    private static readonly SyncRequest Settings = new()
    {
        Tenant = Tenant,
        SourceSystem = "casepeer",
        Now = Instant.MinValue,
        Window = SyncWindow.Unbounded,
        Source = [],
        Target = [],
        Stages = new StageCatalog(CasePeerSeedData.Statuses.Select(s => new PracticeAreaStages(s.Key, s.Value))),
        KnownAttorneys = CasePeerSeedData.Attorneys.Take(3).Select(a => a.Email!).ToList(),
    };

    private sealed record Subject(CasePeerHarness Harness, Platform Platform, InMemorySyncCheckpointStore Progress, SyncRunner Runner)
        : IAsyncDisposable
    {
        public ValueTask DisposeAsync() => Harness.DisposeAsync();

        public async Task<SyncCheckpoint> CheckpointAsync() => (await Progress.LoadAsync(Tenant, "casepeer", default)).Checkpoint;

        public async Task<bool> RunningAsync() => (await Progress.LoadAsync(Tenant, "casepeer", default)).IsRunning;

        // A day later the firm closes half of the platform's open, connected cases in CASEpeer: more than the 20% a
        // plan may change without a person's confirmation.
        public List<CaseKey> CloseHalfADayLater()
        {
            Harness.Clock.Advance(Duration.FromDays(1));
            var connected = Harness.Vendor.Cases.Where(c => c.ConnectedToCaseStatus).Select(c => c.Id.ToString(Culture)).ToHashSet();
            var open = Platform.Cases.Where(c => !c.IsClosed && connected.Contains(c.Key.SourceId)).Select(c => c.Key).ToList();
            var closing = open.Take((open.Count / 2) + 1).ToList();
            foreach (var key in closing)
            {
                var at = Harness.Clock.GetCurrentInstant() - Duration.FromHours(1);
                Harness.Vendor.UpdateCase(long.Parse(key.SourceId, Culture), at, closed: true);
            }

            return closing;
        }
    }

    private static System.Globalization.CultureInfo Culture => System.Globalization.CultureInfo.InvariantCulture;

    // The first nightly sync onto an empty platform: nothing to confirm, applied, the checkpoint set.
    private static async Task<Subject> SyncedOnceAsync()
    {
        var harness = await CasePeerHarness.StartAsync();
        var platform = new Platform();
        var progress = new InMemorySyncCheckpointStore();
        var runner = new SyncRunner(
            harness.Get<CasePeerCaseSource>(), platform, progress, new RollingLookBackWindowPolicy(DateTimeZone.Utc), harness.Clock);
        var first = await runner.RunAsync(Settings);
        Assert.True(first.Completed);
        Assert.True(first.Plan.Summary.Creates > 50);
        return new Subject(harness, platform, progress, runner);
    }

    [Fact]
    public async Task A_held_plan_is_applied_once_approved_and_the_checkpoint_advances()
    {
        await using var subject = await SyncedOnceAsync();
        var before = await subject.CheckpointAsync();
        var closing = subject.CloseHalfADayLater();

        var held = await subject.Runner.RunAsync(Settings);

        Assert.True(held.HeldForConfirmation);
        Assert.Equal(0, held.Applied);
        Assert.Contains("allowed without confirmation", held.Plan.ConfirmationReason, StringComparison.Ordinal);
        Assert.True(await subject.RunningAsync());
        Assert.Equal(before, await subject.CheckpointAsync());
        Assert.DoesNotContain(subject.Platform.Cases, c => c.IsClosed);

        var applied = await subject.Runner.ApplyApprovedAsync(Settings, PlanApproval.Of(held.Plan));

        Assert.True(applied.Completed);
        Assert.Equal(held.Plan.Summary.Writes, applied.Applied);
        Assert.True(closing.All(k => subject.Platform.Cases.Single(c => c.Key == k).IsClosed));
        Assert.False(await subject.RunningAsync());
        Assert.Equal(before.Applied(subject.Harness.Clock.GetCurrentInstant()), await subject.CheckpointAsync());
    }

    [Fact]
    public async Task A_rejected_plan_ends_the_run_and_leaves_the_checkpoint_and_the_platform()
    {
        await using var subject = await SyncedOnceAsync();
        var before = await subject.CheckpointAsync();
        var platformBefore = subject.Platform.Cases.ToList();
        subject.CloseHalfADayLater();
        var held = await subject.Runner.RunAsync(Settings);
        Assert.True(held.HeldForConfirmation);

        var rejected = await subject.Runner.RejectAsync(Tenant);

        Assert.True(rejected);
        Assert.False(await subject.RunningAsync());
        Assert.Equal(before, await subject.CheckpointAsync());
        Assert.Equal(platformBefore, subject.Platform.Cases);
        Assert.False(await subject.Runner.RejectAsync(Tenant)); // no run under way any more

        // The next run reads the same changes again and holds them again.
        var again = await subject.Runner.RunAsync(Settings);
        Assert.True(again.HeldForConfirmation);
    }

    [Fact]
    public async Task An_approval_of_a_plan_the_source_has_since_changed_is_refused_and_nothing_is_applied()
    {
        await using var subject = await SyncedOnceAsync();
        var closing = subject.CloseHalfADayLater();
        var held = await subject.Runner.RunAsync(Settings);
        Assert.True(held.HeldForConfirmation);
        var reopened = closing[0];
        subject.Harness.Vendor.UpdateCase(
            long.Parse(reopened.SourceId, Culture), subject.Harness.Clock.GetCurrentInstant() - Duration.FromMinutes(30), closed: false);

        await Assert.ThrowsAsync<StaleApprovalException>(() => subject.Runner.ApplyApprovedAsync(Settings, PlanApproval.Of(held.Plan)));

        Assert.DoesNotContain(subject.Platform.Cases, c => c.IsClosed);
        Assert.True(await subject.RunningAsync());
    }

    /// <summary>The platform's cases in memory, as a host's database would hold them.</summary>
    private sealed class Platform : IPlatformCaseStore
    {
        private readonly Dictionary<CaseKey, TargetCase> _cases = [];

        public IReadOnlyList<TargetCase> Cases => [.. _cases.Values.OrderBy(c => c.Key.SourceId, StringComparer.Ordinal)];

        public Task<IReadOnlyList<TargetCase>> ReadCasesAsync(string tenant, string sourceSystem, CancellationToken cancellationToken) =>
            Task.FromResult(Cases);

        public Task ApplyAsync(SyncOperation operation, CancellationToken cancellationToken)
        {
            _cases[operation.Key] = operation.Target!;
            return Task.CompletedTask;
        }
    }
}
