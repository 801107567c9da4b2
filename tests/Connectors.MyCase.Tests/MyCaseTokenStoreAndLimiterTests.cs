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
    public void The_client_limiter_paces_permits_so_no_second_holds_more_than_the_limit()
    {
        using var limiter = new MyCaseRateLimiter(25);

        using var first = limiter.Limiter.AttemptAcquire(1);
        using var second = limiter.Limiter.AttemptAcquire(1);

        Assert.True(first.IsAcquired);
        Assert.False(second.IsAcquired); // the next permit comes one spacing later, never in a burst
        Assert.True(MyCaseRateLimiter.Spacing(25) > TimeSpan.FromMilliseconds(40));
        Assert.True(MyCaseRateLimiter.Spacing(25) * 25 > TimeSpan.FromSeconds(1));
    }
}
