using Connectors.Core.Checkpoints;
using Connectors.Core.Planning;
using Connectors.Core.Sync;
using Connectors.Core.Windows;

using NodaTime;
using NodaTime.Testing;

using Xunit.Abstractions;

namespace Connectors.IntegrationTests.Resumption;

/// <summary>
/// Resumption on a platform that already holds the firm's cases: a first sync creates them, the firm closes a few, a
/// second sync closes them; then the firm reopens those, moves others on a stage and closes more (in the source, never
/// by absence), and the third sync, with updates, closes and reopens pending, is cancelled at a random point and resumed.
/// It ends as the uninterrupted third sync: same platform state, every operation applied once, the checkpoint advanced once.
/// 20 seeds per connector; <c>CONNECTORS_RESUME_SEEDS</c> sets another count.
/// </summary>
public sealed class ResumeFromPopulatedPlatformTests(ITestOutputHelper output)
{
    private static readonly Instant FirstSync = Instant.FromUtc(2026, 11, 25, 2, 0);

    public static TheoryData<string> Connectors => ResumeFlows.Connectors;

    private static int Seeds => ResumeFlows.Seeds(inCi: 20);

    [Theory]
    [MemberData(nameof(Connectors))]
    public async Task A_sync_with_updates_closes_and_reopens_pending_cancelled_anywhere_and_resumed_ends_as_the_uninterrupted_run(
        string connector)
    {
        var flow = ResumeFlows.For(connector);
        var (expected, points) = await RunAsync(flow, new InMemorySyncCheckpointStore(), cancelAt: 0);
        Assert.Contains(expected.Applied, a => a.StartsWith("Update ", StringComparison.Ordinal));
        Assert.Contains(expected.Applied, a => a.StartsWith("Close ", StringComparison.Ordinal));
        Assert.Contains(expected.Applied, a => a.StartsWith("Reopen ", StringComparison.Ordinal));
        var directory = Directory.CreateTempSubdirectory("resume-populated-");
        try
        {
            var resumedRuns = 0;
            for (var seed = 1; seed <= Seeds; seed++)
            {
                var cancelAt = new Random(seed).Next(1, points + 1);
                ISyncCheckpointStore store = seed % 2 == 0 ? new FileSyncCheckpointStore(Path.Combine(
                    directory.FullName,
                    $"seed-{seed}")) : new InMemorySyncCheckpointStore();
                var (actual, _) = await RunAsync(flow, store, cancelAt);

                var where = $"seed {seed}, cancelled at point {cancelAt} of {points}";
                Assert.True(expected.State.SequenceEqual(actual.State), $"{where}: the platform differs");
                Assert.True(
                    expected.Applied.Order(StringComparer.Ordinal).SequenceEqual(actual.Applied.Order(StringComparer.Ordinal)),
                    $"{where}: other operations were applied");
                Assert.Equal(0, actual.Duplicates);
                Assert.Equal(expected.Checkpoint, actual.Checkpoint);
                resumedRuns += actual.Resumed ? 1 : 0;
            }

            output.WriteLine(
                $"{connector}: {Seeds} seeds over {points} cancellation points of the third sync " +
                $"({string.Join(", ", expected.Applied.GroupBy(a => a.Split(' ')[0]).Select(g => $"{g.Count()} {g.Key}"))}), " +
                $"{resumedRuns} resumed a run under way.");
            Assert.True(resumedRuns > Seeds / 2);
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    // Two uninterrupted syncs populate the platform; the third is cancelled at point cancelAt (0: never) and resumed.
    private static async Task<(Outcome Outcome, int Points)> RunAsync(IResumeFlow flow, ISyncCheckpointStore store, int cancelAt)
    {
        var point = new CancellationPoint();
        var subject = await flow.StartAsync(point);
        await using var resources = subject.Resources;
        var change = subject.Change ?? throw new InvalidOperationException($"{flow.Connector}'s sandbox cannot change cases.");
        var settings = subject.Settings with { Policy = new SyncPolicy { AllowReopen = true, MassChangeShare = 1 } };
        var platform = new RecordingPlatform(point);
        var clock = new FakeClock(FirstSync);
        var runner = new SyncRunner(subject.Source, platform, store, new RollingLookBackWindowPolicy(DateTimeZone.Utc), clock);

        Assert.True((await runner.RunAsync(settings)).Completed);
        var ids = platform.OpenSourceIds();
        change(1, FirstSync + Duration.FromHours(12), ids);
        clock.AdvanceDays(1);
        Assert.True((await runner.RunAsync(settings)).Completed);
        change(2, FirstSync + Duration.FromHours(36), ids);
        clock.AdvanceDays(1);

        platform.Applied.Clear();
        var resumed = false;
        using (var run = new CancellationTokenSource())
        {
            point.Arm(cancelAt, run);
            try
            {
                var result = await runner.RunAsync(settings, run.Token);
                Assert.True(result.Completed, result.Plan.ConfirmationReason);
            }
            catch (OperationCanceledException) when (run.IsCancellationRequested)
            {
                point.Arm(0, run);
                var result = await runner.RunAsync(settings, CancellationToken.None);
                resumed = result.Resumed;
                Assert.True(result.Completed);
            }
        }

        var progress = await store.LoadAsync(settings.Tenant, subject.Source.SourceSystem, CancellationToken.None);
        Assert.False(progress.IsRunning);
        return (new Outcome(platform.State(), [.. platform.Applied], platform.Duplicates, progress.Checkpoint, resumed), point.Ticks);
    }

    private sealed record Outcome(
        IReadOnlyList<string> State,
        IReadOnlyList<string> Applied,
        int Duplicates,
        SyncCheckpoint Checkpoint,
        bool Resumed);
}
