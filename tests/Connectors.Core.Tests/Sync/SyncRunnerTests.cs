using System.Runtime.CompilerServices;

using Connectors.Core.Checkpoints;
using Connectors.Core.Model;
using Connectors.Core.Planning;
using Connectors.Core.Sources;
using Connectors.Core.Sync;
using Connectors.Core.Windows;

using NodaTime.Testing;

namespace Connectors.Core.Tests.Sync;

public class SyncRunnerTests
{
    private static readonly IReadOnlyList<SourceCase> Cases = [.. Enumerable.Range(1, 250).Select(i => TestCases.Source($"case-{i:D3}"))];

    [Fact]
    public async Task A_large_sync_saves_its_progress_per_batch_of_writes_not_after_each()
    {
        var store = new CountingStore();
        var clock = new FakeClock(TestCases.Now);
        var runner = new SyncRunner(
            new ListSource(),
            new LaggingPlatform(),
            store,
            new RollingLookBackWindowPolicy(DateTimeZone.Utc),
            clock)
        { WritesPerProgressSave = 100 };

        var result = await runner.RunAsync(TestCases.Request([]));

        Assert.Equal((true, 250), (result.Completed, result.Applied));
        // Started, after writes 100 and 200, completed (which clears them): the last 50 need no save of their own.
        Assert.Equal([0, 100, 200, 0], store.SavedWriteCounts);
    }

    [Fact]
    public async Task Slow_writes_are_saved_once_the_interval_has_passed_before_a_batch_fills()
    {
        var store = new CountingStore();
        var clock = new FakeClock(TestCases.Now);
        var platform = new LaggingPlatform { OnApply = _ => clock.Advance(Duration.FromSeconds(2)) };
        var runner = new SyncRunner(new ListSource(), platform, store, new RollingLookBackWindowPolicy(DateTimeZone.Utc), clock)
        {
            WritesPerProgressSave = 1000,
            ProgressSaveInterval = Duration.FromSeconds(5),
        };

        await runner.RunAsync(TestCases.Request([]));

        // Two seconds a write: 6 s have passed at every third write.
        Assert.Equal([0, .. Enumerable.Range(1, 83).Select(i => i * 3), 0], store.SavedWriteCounts);
    }

    [Fact]
    public async Task A_run_cancelled_mid_batch_records_every_write_it_applied_and_the_resumed_run_sends_none_again()
    {
        var store = new CountingStore();
        var clock = new FakeClock(TestCases.Now);
        using var run = new CancellationTokenSource();
        // The platform's reads do not show its writes yet, so only the recorded keys keep the resumed run from resending.
        var platform = new LaggingPlatform { OnApply = applied => { if (applied == 42) { run.Cancel(); } } };
        SyncRunner Runner() =>
            new(
                new ListSource(),
                platform,
                store,
                new RollingLookBackWindowPolicy(DateTimeZone.Utc),
                clock)
            { WritesPerProgressSave = 100 };

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Runner().RunAsync(TestCases.Request([]), run.Token));
        var recorded = (await store.LoadAsync("firm-1", TestCases.System, CancellationToken.None)).CompletedWrites.Count;
        var resumed = await Runner().RunAsync(TestCases.Request([]));

        Assert.Equal(42, recorded);
        Assert.Equal((true, 42, 208), (resumed.Resumed, resumed.AlreadyDone, resumed.Applied));
        Assert.All(platform.AppliedPerKey.Values, times => Assert.Equal(1, times));
        Assert.Equal(250, platform.AppliedPerKey.Count);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void A_batch_holds_at_least_one_write(int writes)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new SyncRunner(
            new ListSource(),
            new LaggingPlatform(),
            new CountingStore(),
            new RollingLookBackWindowPolicy(DateTimeZone.Utc),
            new FakeClock(TestCases.Now))
        {
            WritesPerProgressSave = writes,
        });
    }

    private sealed class ListSource : ICaseSource
    {
        public string SourceSystem => TestCases.System;

        public async IAsyncEnumerable<SourceCase> ReadCasesAsync(
            SyncWindow window,
            [EnumeratorCancellation] CancellationToken cancellationToken = default)
        {
            foreach (var item in Cases)
            {
                cancellationToken.ThrowIfCancellationRequested();
                await Task.Yield();
                yield return item;
            }
        }

        public Task<SourceCase?> ReadCaseAsync(string sourceId, CancellationToken cancellationToken = default) =>
            Task.FromResult(Cases.FirstOrDefault(c => c.Key.SourceId == sourceId));
    }

    // Idempotent on the key, as the contract asks, and counts how often each key was sent.
    private sealed class LaggingPlatform : IPlatformCaseStore
    {
        public Action<int>? OnApply { get; init; }

        public Dictionary<string, int> AppliedPerKey { get; } = new(StringComparer.Ordinal);

        public Task<IReadOnlyList<TargetCase>> ReadCasesAsync(string tenant, string sourceSystem, CancellationToken cancellationToken) =>
            Task.FromResult<IReadOnlyList<TargetCase>>([]);

        public Task ApplyAsync(SyncOperation operation, CancellationToken cancellationToken)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var key = operation.IdempotencyKey!;
            AppliedPerKey[key] = AppliedPerKey.GetValueOrDefault(key) + 1;
            OnApply?.Invoke(AppliedPerKey.Count);
            return Task.CompletedTask;
        }
    }

    private sealed class CountingStore : ISyncCheckpointStore
    {
        private readonly InMemorySyncCheckpointStore _inner = new();

        public List<int> SavedWriteCounts { get; } = [];

        public ValueTask<SyncProgress> LoadAsync(string tenant, string sourceSystem, CancellationToken cancellationToken) =>
            _inner.LoadAsync(tenant, sourceSystem, cancellationToken);

        public ValueTask SaveAsync(string tenant, string sourceSystem, SyncProgress progress, CancellationToken cancellationToken)
        {
            SavedWriteCounts.Add(progress.CompletedWrites.Count);
            return _inner.SaveAsync(tenant, sourceSystem, progress, cancellationToken);
        }
    }
}
