using Connectors.Shared;

using NodaTime;
using NodaTime.Testing;

namespace Connectors.MyCase.Tests;

/// <summary>
/// The token cache both bearer connectors share (src/Shared, compiled into each connector; tested here once): one
/// acquisition for any number of concurrent callers, run apart from them, a refused token never handed out again.
/// </summary>
public sealed class SingleFlightTokenCacheTests : IDisposable
{
    private static readonly Instant Now = Instant.FromUtc(2026, 11, 25, 2, 0);
    private readonly FakeClock _clock = new(Now);
    private readonly FakeCache _cache;

    public SingleFlightTokenCacheTests() => _cache = new FakeCache(_clock);

    public void Dispose() => _cache.Dispose();

    [Fact]
    public async Task Concurrent_callers_without_a_token_share_one_acquisition()
    {
        var answer = new TaskCompletionSource<BearerToken>(TaskCreationOptions.RunContinuationsAsynchronously);
        _cache.Acquire = (_, _) => answer.Task;

        var callers = Enumerable.Range(0, 16).Select(_ => Task.Run(() => _cache.GetTokenAsync(null, default).AsTask())).ToArray();
        await WaitUntil(() => _cache.Acquisitions == 1);
        await Task.Delay(20); // late callers have joined (or would have started a second acquisition by now)
        answer.SetResult(Token("t1"));

        Assert.All(await Task.WhenAll(callers), token => Assert.Equal("t1", token));
        Assert.Equal(1, _cache.Acquisitions);
    }

    [Fact]
    public async Task A_kept_token_before_its_renewal_instant_is_handed_out_and_one_due_is_renewed()
    {
        _cache.Kept = new BearerToken("t1", Now + Duration.FromMinutes(1));
        _cache.Acquire = (_, _) => Task.FromResult(Token("t2"));

        Assert.Equal("t1", await _cache.GetTokenAsync(null, default));
        Assert.Equal(0, _cache.Acquisitions);

        _clock.Advance(Duration.FromMinutes(1));

        Assert.Equal("t2", await _cache.GetTokenAsync(null, default));
        Assert.Equal(1, _cache.Acquisitions);
    }

    [Fact]
    public async Task A_caller_that_gives_up_stops_waiting_but_the_acquisition_goes_on_for_the_others()
    {
        var answer = new TaskCompletionSource<BearerToken>(TaskCreationOptions.RunContinuationsAsynchronously);
        var acquisitionToken = new CancellationToken(canceled: true);
        _cache.Acquire = (_, ct) =>
        {
            acquisitionToken = ct;
            return answer.Task;
        };

        using var giver = new CancellationTokenSource();
        var first = _cache.GetTokenAsync(null, giver.Token).AsTask();
        await WaitUntil(() => _cache.Acquisitions == 1);
        var second = _cache.GetTokenAsync(null, default).AsTask();
        await giver.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => first);
        Assert.False(acquisitionToken.IsCancellationRequested);
        answer.SetResult(Token("t1"));

        Assert.Equal("t1", await second);
        Assert.Equal("t1", await _cache.GetTokenAsync(null, default)); // kept, not acquired again
        Assert.Equal(1, _cache.Acquisitions);
    }

    [Fact]
    public async Task A_refused_token_is_never_handed_out_again_and_concurrent_refusals_share_one_new_acquisition()
    {
        _cache.Kept = Token("t1");
        var answer = new TaskCompletionSource<BearerToken>(TaskCreationOptions.RunContinuationsAsynchronously);
        _cache.Acquire = (_, _) => answer.Task;

        var refusals = Enumerable.Range(0, 8).Select(_ => Task.Run(() => _cache.GetTokenAsync("t1", default).AsTask())).ToArray();
        await WaitUntil(() => _cache.Acquisitions == 1);
        await Task.Delay(20);
        answer.SetResult(Token("t2"));

        Assert.All(await Task.WhenAll(refusals), token => Assert.Equal("t2", token));
        Assert.Equal("t2", await _cache.GetTokenAsync("t1", default)); // a late refusal of the old token gets the new one
        Assert.Equal(1, _cache.Acquisitions);
    }

    [Fact]
    public async Task A_failed_acquisition_is_every_waiting_callers_answer_and_the_next_call_tries_again()
    {
        var answer = new TaskCompletionSource<BearerToken>(TaskCreationOptions.RunContinuationsAsynchronously);
        _cache.Acquire = (n, _) => n == 1 ? answer.Task : Task.FromResult(Token("t2"));

        var waiting = Enumerable.Range(0, 4).Select(_ => Task.Run(() => _cache.GetTokenAsync(null, default).AsTask())).ToArray();
        await WaitUntil(() => _cache.Acquisitions == 1);
        await Task.Delay(20);
        answer.SetException(new InvalidOperationException("the vendor refused"));

        foreach (var caller in waiting)
        {
            var error = await Assert.ThrowsAsync<InvalidOperationException>(() => caller);
            Assert.Equal("the vendor refused", error.Message);
        }

        Assert.Equal(1, _cache.Acquisitions);
        Assert.Equal("t2", await _cache.GetTokenAsync(null, default));
        Assert.Equal(2, _cache.Acquisitions);
    }

    [Fact]
    public async Task Disposing_the_cache_cancels_an_acquisition_under_way()
    {
        var acquisitionToken = CancellationToken.None;
        _cache.Acquire = async (_, ct) =>
        {
            acquisitionToken = ct;
            await Task.Delay(Timeout.Infinite, ct);
            return Token("never");
        };

        var caller = _cache.GetTokenAsync(null, default).AsTask();
        await WaitUntil(() => _cache.Acquisitions == 1);
        _cache.Dispose();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => caller);
        Assert.True(acquisitionToken.IsCancellationRequested);
    }

    private static BearerToken Token(string value) => new(value, Now + Duration.FromHours(1));

    private static async Task WaitUntil(Func<bool> condition)
    {
        for (var i = 0; !condition(); i++)
        {
            Assert.True(i < 1000, "the condition did not hold within 5 seconds");
            await Task.Delay(5);
        }
    }

    /// <summary>A vendor half that keeps its token in memory and acquires through <see cref="Acquire"/>.</summary>
    private sealed class FakeCache(IClock clock) : SingleFlightTokenCache(clock)
    {
        private int _acquisitions;

        public BearerToken? Kept { get; set; }

        /// <summary>Called with the acquisition's number (from 1) and the token the cache gave it.</summary>
        public Func<int, CancellationToken, Task<BearerToken>> Acquire { get; set; } =
            (_, _) => throw new InvalidOperationException("no acquisition expected");

        public int Acquisitions => Volatile.Read(ref _acquisitions);

        protected override ValueTask<BearerToken?> ReadAsync(CancellationToken cancellationToken) => new(Kept);

        protected override async Task<BearerToken> AcquireAsync(CancellationToken cancellationToken)
        {
            var token = await Acquire(Interlocked.Increment(ref _acquisitions), cancellationToken);
            Kept = token;
            return token;
        }
    }
}
