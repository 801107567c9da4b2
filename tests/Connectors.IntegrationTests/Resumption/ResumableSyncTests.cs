using Connectors.Core.Checkpoints;
using Connectors.Core.Sync;
using Connectors.Core.Windows;

using NodaTime;
using NodaTime.Testing;

using Xunit.Abstractions;

namespace Connectors.IntegrationTests.Resumption;

/// <summary>
/// Syncs cancelled at random points (an HTTP request, before or after a platform write) and resumed from the progress
/// store end exactly as the uninterrupted run: same platform state, no duplicate write, the checkpoint advanced once.
/// 50 seeds per connector; <c>CONNECTORS_RESUME_SEEDS</c> sets another count.
/// </summary>
public sealed class ResumableSyncTests(ITestOutputHelper output)
{
    private static readonly Instant Now = Instant.FromUtc(2026, 11, 25, 2, 0);

    public static TheoryData<string> Connectors => ResumeFlows.Connectors;

    private static int Seeds => ResumeFlows.Seeds(inCi: 50);

    [Theory]
    [MemberData(nameof(Connectors))]
    public async Task A_sync_cancelled_anywhere_and_resumed_ends_as_the_uninterrupted_run(string connector)
    {
        var flow = ResumeFlows.For(connector);
        var (expected, points) = await RunAsync(flow, new InMemorySyncCheckpointStore(), cancelAt: 0);
        Assert.NotEmpty(expected.State);
        var directory = Directory.CreateTempSubdirectory("resume-");
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

                Assert.True(
                    expected.State.SequenceEqual(actual.State),
                    $"seed {seed}, cancelled at point {cancelAt} of {points}: the platform differs");
                Assert.Equal(0, actual.Duplicates);
                Assert.Equal(expected.Checkpoint, actual.Checkpoint);
                resumedRuns += actual.Resumed ? 1 : 0;
            }

            output.WriteLine($"{connector}: {Seeds} seeds over {points} cancellation points, {resumedRuns} resumed a run under way.");
            Assert.True(resumedRuns > Seeds / 2);
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    private static async Task<(Outcome Outcome, int Points)> RunAsync(IResumeFlow flow, ISyncCheckpointStore store, int cancelAt)
    {
        var point = new CancellationPoint();
        var subject = await flow.StartAsync(point);
        await using var resources = subject.Resources;
        var platform = new RecordingPlatform(point);
        var runner = new SyncRunner(subject.Source, platform, store, new RollingLookBackWindowPolicy(DateTimeZone.Utc), new FakeClock(Now));
        var resumed = false;
        using (var run = new CancellationTokenSource())
        {
            point.Arm(cancelAt, run);
            try
            {
                var result = await runner.RunAsync(subject.Settings, run.Token);
                Assert.True(result.Completed, result.Plan.ConfirmationReason);
            }
            catch (OperationCanceledException) when (run.IsCancellationRequested)
            {
                point.Arm(0, run);
                var result = await runner.RunAsync(subject.Settings, CancellationToken.None);
                resumed = result.Resumed;
                Assert.True(result.Completed);
            }
        }

        var progress = await store.LoadAsync(subject.Settings.Tenant, subject.Source.SourceSystem, CancellationToken.None);
        Assert.False(progress.IsRunning);
        return (new Outcome(platform.State(), platform.Duplicates, progress.Checkpoint, resumed), point.Ticks);
    }

    private sealed record Outcome(IReadOnlyList<string> State, int Duplicates, SyncCheckpoint Checkpoint, bool Resumed);
}
