using System.Runtime.CompilerServices;

using Connectors.Core.Checkpoints;
using Connectors.Core.Model;
using Connectors.Core.Planning;
using Connectors.Core.Sources;
using Connectors.Core.Sync;
using Connectors.Core.Windows;

using NodaTime.Testing;

namespace Connectors.Core.Tests.Sync;

/// <summary>The runner closes by absence only on the source's own report of a complete read, never on the host's word.</summary>
public class SyncRunnerCompletenessTests
{
    private static readonly SourceCase Present = TestCases.Source("1");
    private static readonly TargetCase Absent = TestCases.TargetOf(TestCases.Source("2"));

    [Fact]
    public async Task The_runner_takes_completeness_from_the_source_never_from_the_settings()
    {
        var runner = Runner(new OneCaseSource(reportsComplete: false), new AllTime());

        var result = await runner.RunAsync(TestCases.Request([]) with { SourceRead = TestCases.ReportedComplete() });

        Assert.DoesNotContain(result.Plan.Operations, o => o.Kind == OperationKind.Close);
        Assert.False(result.Plan.SourceIsComplete);
    }

    [Fact]
    public async Task A_rolling_window_never_closes_even_when_the_source_read_everything_in_it()
    {
        var runner = Runner(new OneCaseSource(reportsComplete: true), new RollingLookBackWindowPolicy(DateTimeZone.Utc));

        var result = await runner.RunAsync(TestCases.Request([]));

        Assert.DoesNotContain(result.Plan.Operations, o => o.Kind == OperationKind.Close);
        Assert.False(result.Plan.SourceIsComplete);
    }

    [Fact]
    public async Task A_source_reporting_a_complete_read_of_all_time_closes_the_absent_case_behind_the_guard()
    {
        var runner = Runner(new OneCaseSource(reportsComplete: true), new AllTime());

        var result = await runner.RunAsync(TestCases.Request([]));

        var close = Assert.Single(result.Plan.Operations, o => o.Kind == OperationKind.Close);
        Assert.Equal(Absent.Key, close.Key);
        Assert.True(result.Plan.SourceIsComplete);
        Assert.Equal(1, result.Plan.Summary.ClosesByAbsence);
        Assert.True(result.Plan.RequiresConfirmation); // 1 of 2 open cases: over the 5% share for closes by absence
        Assert.False(result.Completed);
    }

    private static SyncRunner Runner(ICaseSource source, SyncWindowPolicy windows) =>
        new(
            source,
            new FixedPlatform([TestCases.TargetOf(Present), Absent]),
            new InMemorySyncCheckpointStore(),
            windows,
            new FakeClock(TestCases.Now));

    /// <summary>A policy that reads all time, as a host doing full reads would write.</summary>
    private sealed class AllTime() : SyncWindowPolicy(DateTimeZone.Utc, null)
    {
        public override SyncWindow WindowFor(SyncCheckpoint checkpoint, Instant now) => SyncWindow.Unbounded;
    }

    private sealed class OneCaseSource(bool reportsComplete) : ICaseSource
    {
        public string SourceSystem => TestCases.System;

        public async IAsyncEnumerable<SourceCase> ReadCasesAsync(
            SyncWindow window,
            [EnumeratorCancellation] CancellationToken cancellationToken = default)
        {
            await Task.Yield();
            yield return Present;
        }

        public async IAsyncEnumerable<SourceCase> ReadSnapshotAsync(
            SyncWindow window,
            SourceReadReport report,
            [EnumeratorCancellation] CancellationToken cancellationToken = default)
        {
            await foreach (var item in ReadCasesAsync(window, cancellationToken))
            {
                yield return item;
            }

            if (reportsComplete)
            {
                report.ReportComplete(window);
            }
        }

        public Task<SourceCase?> ReadCaseAsync(string sourceId, CancellationToken cancellationToken = default) =>
            Task.FromResult<SourceCase?>(sourceId == "1" ? Present : null);
    }

    private sealed class FixedPlatform(IReadOnlyList<TargetCase> cases) : IPlatformCaseStore
    {
        public Task<IReadOnlyList<TargetCase>> ReadCasesAsync(string tenant, string sourceSystem, CancellationToken cancellationToken) =>
            Task.FromResult(cases);

        public Task ApplyAsync(SyncOperation operation, CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
