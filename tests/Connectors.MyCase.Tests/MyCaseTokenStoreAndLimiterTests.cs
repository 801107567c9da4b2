using Connectors.MyCase.Authentication;
using Connectors.MyCase.Http;
using NodaTime;

namespace Connectors.MyCase.Tests;

public sealed class MyCaseTokenStoreAndLimiterTests : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "mycase-tokens-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_directory))
        {
            Directory.Delete(_directory, recursive: true);
        }
    }

    [Fact]
    public async Task The_file_store_keeps_the_latest_pair_across_instances_and_starts_empty()
    {
        var path = Path.Combine(_directory, "nested", "tokens.json");
        var first = new MyCaseTokens("a1", "r1", Instant.FromUtc(2026, 11, 26, 2, 0), Instant.FromUtc(2026, 12, 9, 2, 0), "firm-1", "cases");
        var second = first with { AccessToken = "a2", RefreshToken = "r2" };
        using (var store = new FileMyCaseTokenStore(path))
        {
            Assert.Null(await store.GetAsync(default));
            await store.SaveAsync(first, default);
            await store.SaveAsync(second, default);
        }

        using var reopened = new FileMyCaseTokenStore(path);
        Assert.Equal(second, await reopened.GetAsync(default));
        Assert.False(File.Exists(path + ".tmp"));
        Assert.DoesNotContain("a2", second.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("r2", second.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void The_client_limiter_grants_a_second_s_worth_of_requests_then_queues()
    {
        using var limiter = new MyCaseRateLimiter(25);

        var granted = Enumerable.Range(0, 25).Select(_ => limiter.Limiter.AttemptAcquire(1)).ToList();
        using var next = limiter.Limiter.AttemptAcquire(1);

        Assert.All(granted, lease => Assert.True(lease.IsAcquired));
        Assert.False(next.IsAcquired);
        granted.ForEach(lease => lease.Dispose());
    }
}
