using Connectors.MyCase.Authentication;
using Connectors.MyCase.Http;

using Microsoft.Extensions.Time.Testing;

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
        var first = new MyCaseTokens(
            "a1",
            "r1",
            Instant.FromUtc(2026, 11, 26, 2, 0),
            Instant.FromUtc(2026, 12, 9, 2, 0),
            "firm-1",
            "cases");
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

    private static MyCaseTokens Pair(string suffix) =>
        new(
            "access-" + suffix,
            "refresh-" + suffix,
            Instant.FromUtc(2026, 11, 26, 2, 0),
            Instant.FromUtc(2026, 12, 9, 2, 0),
            "firm-1",
            "cases");

    [Fact]
    public async Task The_token_file_is_readable_and_writable_by_its_owner_only()
    {
        if (OperatingSystem.IsWindows())
        {
            return; // Unix file modes; on Windows the file inherits its folder's ACL
        }

        var path = Path.Combine(_directory, "tokens.json");
        using var store = new FileMyCaseTokenStore(path);
        await store.SaveAsync(Pair("1"), default);
        await store.SaveAsync(Pair("2"), default);

        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(path));
    }

    [Fact]
    public async Task Concurrent_saves_from_two_stores_on_one_file_never_collide_on_a_temporary_name()
    {
        var path = Path.Combine(_directory, "tokens.json");
        using var first = new FileMyCaseTokenStore(path);
        using var second = new FileMyCaseTokenStore(path);

        await Task.WhenAll(Enumerable.Range(0, 400).Select(i => Task.Run(async () =>
            await (i % 2 == 0 ? first : second).SaveAsync(Pair(i.ToString(System.Globalization.CultureInfo.InvariantCulture)), default))));

        Assert.StartsWith("access-", (await first.GetAsync(default))!.AccessToken, StringComparison.Ordinal);
        // No temporary left behind; the lock file of the compare-and-swap stays (deleting it would race other writers).
        Assert.Equal([Path.Combine(_directory, ".tokens.json.lock"), path], Directory.GetFiles(_directory).Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("{ half a file")]
    [InlineData("null")]
    [InlineData("")]
    [InlineData("{}")]
    [InlineData("[1, 2]")]
    [InlineData("{\"access_token\": 7}")]
    [InlineData("{\"access_token\": \"a\", \"refresh_token\": null, \"access_token_expires_at\": \"2026-11-26T02:00:00+00:00\", " +
        "\"refresh_token_expires_at\": \"2026-12-09T02:00:00+00:00\"}")]
    public async Task A_token_file_that_holds_no_tokens_is_an_sdk_error_naming_the_file_without_its_content(string text)
    {
        var path = Path.Combine(_directory, "tokens.json");
        Directory.CreateDirectory(_directory);
        await File.WriteAllTextAsync(path, text.Replace("\"a\"", "\"secret-access-a\"", StringComparison.Ordinal));
        using var store = new FileMyCaseTokenStore(path);

        var error = await Assert.ThrowsAsync<Connectors.Core.ConnectorStateFileException>(async () => await store.GetAsync(default));

        Assert.Equal(path, error.FilePath);
        Assert.Contains("tokens.json", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("secret-access-a", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_client_limiter_lets_a_seconds_worth_through_then_waits_for_the_oldest_to_leave_the_window()
    {
        var time = new FakeTimeProvider();
        using var limiter = new MyCaseRateLimiter(25, time);
        for (var i = 0; i < 25; i++)
        {
            Assert.True(limiter.WaitAsync(default).AsTask().IsCompletedSuccessfully); // sent at 0, 10, ..., 240 ms
            time.Advance(TimeSpan.FromMilliseconds(10));
        }

        var twentySixth = limiter.WaitAsync(default).AsTask();
        time.Advance(TimeSpan.FromMilliseconds(1000 - 250));
        Assert.False(twentySixth.IsCompleted); // a second after the first is not enough: MyCase may count it a little late
        time.Advance(MyCaseRateLimiter.Margin);
        await twentySixth.WaitAsync(TimeSpan.FromSeconds(5));

        // The window slides: the next request waits for the second one sent (at 10 ms) to leave it, not for a new second.
        var twentySeventh = limiter.WaitAsync(default).AsTask();
        time.Advance(TimeSpan.FromMilliseconds(9));
        Assert.False(twentySeventh.IsCompleted);
        time.Advance(TimeSpan.FromMilliseconds(1));
        await twentySeventh.WaitAsync(TimeSpan.FromSeconds(5));
    }

    [Fact]
    public async Task A_cancelled_wait_takes_no_room_and_the_next_request_still_gets_through()
    {
        var time = new FakeTimeProvider();
        using var limiter = new MyCaseRateLimiter(1, time);
        await limiter.WaitAsync(default);

        using var cancel = new CancellationTokenSource();
        var cancelled = limiter.WaitAsync(cancel.Token).AsTask();
        await cancel.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => cancelled);

        var next = limiter.WaitAsync(default).AsTask();
        time.Advance(TimeSpan.FromSeconds(1) + MyCaseRateLimiter.Margin);
        await next.WaitAsync(TimeSpan.FromSeconds(5)); // the cancelled waiter gave its turn back
    }
}
