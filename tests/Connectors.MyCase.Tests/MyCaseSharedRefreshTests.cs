using System.Net;

using Connectors.Core.Http;
using Connectors.MyCase.Authentication;

using Microsoft.Extensions.DependencyInjection;

using NodaTime;
using NodaTime.Testing;

using RichardSzalay.MockHttp;

namespace Connectors.MyCase.Tests;

/// <summary>
/// Two processes (two containers, each with its own token manager and so its own single flight) share one token store:
/// the refresh is claimed in the store before the single-use refresh token is spent, and whoever lost the claim waits for
/// the winner's pair. MockHttp plays MyCase; the refresh answers only when the test lets it.
/// </summary>
public sealed class MyCaseSharedRefreshTests : IDisposable
{
    private const string Api = AuthorizedMyCase.Api;
    private const string Auth = "https://auth.mycase.com";
    private const string TokenAnswer =
        """{"access_token": "access-2", "token_type": "Bearer", "scope": "cases", "refresh_token": "refresh-2", "expires_in": 86400}""";

    private static readonly Instant Now = AuthorizedMyCase.Now;
    private readonly FakeClock _clock = new(Now);
    private readonly MockHttpMessageHandler _http = new();
    private readonly TaskCompletionSource _answer = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly List<ServiceProvider> _processes = [];
    private int _refreshes;

    public MyCaseSharedRefreshTests()
    {
        _http.When(HttpMethod.Post, $"{Auth}/tokens").Respond(async () =>
        {
            Interlocked.Increment(ref _refreshes);
            await _answer.Task; // MyCase has rotated the pair; its answer comes when the test says so
            return Answer(HttpStatusCode.OK, TokenAnswer);
        });
        _http.When(HttpMethod.Get, $"{Api}/v1/firm").WithHeaders("Authorization", "Bearer access-2")
            .Respond("application/json", """{"name": "Firm"}""");
    }

    /// <summary>The store both processes share: the access token expired a minute ago.</summary>
    private InMemoryMyCaseTokenStore Store { get; } = new(Expired());

    public void Dispose()
    {
        foreach (var process in _processes)
        {
            process.Dispose();
        }

        _http.Dispose();
    }

    [Fact]
    public async Task Two_processes_with_an_expired_token_send_one_refresh_and_the_loser_uses_the_winners_pair()
    {
        var first = Catalog(Process());
        var second = Catalog(Process());

        var winner = first.ReadFirmAsync();
        await WaitUntil(() => Volatile.Read(ref _refreshes) == 1); // the first process has claimed and sent refresh-1
        var loser = second.ReadFirmAsync();                        // finds the claim: waits instead of spending refresh-1 again
        await Task.Delay(50);                                       // (gives it time to try; the assert holds either way)
        _answer.SetResult();

        Assert.Equal("Firm", (await winner).Name);
        Assert.Equal("Firm", (await loser).Name);
        Assert.Equal(1, _refreshes);
        var stored = await Store.ReadAsync(default);
        Assert.Equal("refresh-2", stored!.Tokens.RefreshToken);
        Assert.Null(stored.Claim);
        Assert.Equal(3, stored.Version); // 1, the claim, the new pair
    }

    [Fact]
    public async Task Concurrent_callers_in_two_processes_spend_the_refresh_token_once()
    {
        var catalogs = new[] { Catalog(Process()), Catalog(Process()) };

        var reads = Enumerable.Range(0, 12).Select(i => Task.Run(() => catalogs[i % 2].ReadFirmAsync())).ToList();
        await WaitUntil(() => Volatile.Read(ref _refreshes) >= 1);
        await Task.Delay(50); // both processes' callers are in by now (the assert holds however late they come)
        _answer.SetResult();
        var firms = await Task.WhenAll(reads);

        Assert.All(firms, f => Assert.Equal("Firm", f.Name));
        Assert.Equal(1, _refreshes);
    }

    [Fact]
    public async Task The_winners_pair_is_saved_though_its_caller_gave_up_and_the_waiting_process_gets_it()
    {
        var first = Catalog(Process());
        var second = Catalog(Process());

        using var caller = new CancellationTokenSource();
        var gaveUp = first.ReadFirmAsync(caller.Token);
        await WaitUntil(() => Volatile.Read(ref _refreshes) == 1);
        await caller.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => gaveUp);
        var waiting = second.ReadFirmAsync();
        _answer.SetResult();

        Assert.Equal("Firm", (await waiting).Name);
        Assert.Equal(1, _refreshes);
        Assert.Equal(new MyCaseStoredTokens(Refreshed(), 3), await Store.ReadAsync(default));
    }

    [Fact]
    public async Task A_caller_waiting_for_another_processs_refresh_can_give_up_and_the_next_caller_gets_that_pair()
    {
        await Store.TrySaveAsync(Expired(), new MyCaseRefreshClaim("other-process", Now + Duration.FromMinutes(1)), 1, default);
        var catalog = Catalog(Process());

        using var caller = new CancellationTokenSource();
        var waiting = catalog.ReadFirmAsync(caller.Token);
        await caller.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => waiting);

        // The other process saves its pair: the next caller (or the flight still polling) uses it without a refresh.
        Assert.True(await Store.TrySaveAsync(Refreshed(), null, 2, default));
        Assert.Equal("Firm", (await catalog.ReadFirmAsync()).Name);
        Assert.Equal(0, _refreshes);
    }

    [Fact]
    public async Task The_claim_of_a_process_that_died_is_taken_over_when_it_runs_out()
    {
        _answer.SetResult();
        await Store.TrySaveAsync(Expired(), new MyCaseRefreshClaim("dead-process", Now + Duration.FromMinutes(1)), 1, default);
        var catalog = Catalog(Process());

        var read = catalog.ReadFirmAsync();
        _clock.Advance(Duration.FromMinutes(2)); // the dead process's claim runs out

        Assert.Equal("Firm", (await read.WaitAsync(TimeSpan.FromSeconds(30))).Name);
        Assert.Equal(1, _refreshes);
        var stored = await Store.ReadAsync(default);
        Assert.Equal("refresh-2", stored!.Tokens.RefreshToken);
        Assert.Null(stored.Claim);
    }

    [Fact]
    public async Task A_taken_over_refresh_token_the_dead_process_had_spent_asks_to_reauthorize_and_releases_the_claim()
    {
        using var vendor = new MockHttpMessageHandler();
        vendor.When(HttpMethod.Post, $"{Auth}/tokens").Respond(() => Task.FromResult(Answer(
            HttpStatusCode.BadRequest, """{"error": "invalid_grant", "error_description": "already used"}""")));
        await Store.TrySaveAsync(Expired(), new MyCaseRefreshClaim("dead-process", Now - Duration.FromSeconds(1)), 1, default);

        var error = await Assert.ThrowsAsync<ConnectorAuthenticationException>(() => Catalog(Process(vendor)).ReadFirmAsync());

        Assert.Equal("invalid_grant", error.VendorErrorCode);
        Assert.Contains("authorized again", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("refresh-1", error.ToString(), StringComparison.Ordinal);
        Assert.Equal(new MyCaseStoredTokens(Expired(), 4), await Store.ReadAsync(default)); // dead claim, taken over, released
    }

    [Fact]
    public async Task A_winner_whose_claim_ran_out_and_was_taken_still_saves_its_pair_over_the_spent_one()
    {
        var catalog = Catalog(Process());

        var read = catalog.ReadFirmAsync();
        await WaitUntil(() => Volatile.Read(ref _refreshes) == 1);
        // Meanwhile another process found the claim run out and claimed the same (spent) refresh token itself.
        Assert.True(await Store.TrySaveAsync(Expired(), new MyCaseRefreshClaim("late-process", Now + Duration.FromMinutes(2)), 2, default));
        _answer.SetResult();

        Assert.Equal("Firm", (await read).Name);
        var stored = await Store.ReadAsync(default);
        Assert.Equal(new MyCaseStoredTokens(Refreshed(), 4), stored); // its pair, the only live one, replaced the claim
    }

    [Fact]
    public async Task A_new_authorization_saved_during_a_refresh_stays_and_the_refreshed_pair_is_discarded()
    {
        var catalog = Catalog(Process());
        var authorized = Expired() with
        {
            AccessToken = "access-9",
            RefreshToken = "refresh-9",
            AccessTokenExpiresAt = Now + Duration.FromDays(1),
        };

        var read = catalog.ReadFirmAsync();
        await WaitUntil(() => Volatile.Read(ref _refreshes) == 1);
        await Store.SaveAsync(authorized, default); // the user authorized again while the refresh ran
        _answer.SetResult();

        Assert.Equal("Firm", (await read).Name); // this request used the refreshed access token
        Assert.Equal(new MyCaseStoredTokens(authorized, 3), await Store.ReadAsync(default));
    }

    [Fact]
    public async Task The_in_memory_store_lets_exactly_one_of_many_writers_on_a_version_win()
    {
        var wins = await Task.WhenAll(Enumerable.Range(0, 16).Select(i => Task.Run(async () =>
            await Store.TrySaveAsync(Expired(), new MyCaseRefreshClaim($"p{i}", Now), 1, default))));

        Assert.Single(wins, won => won);
        Assert.Equal(2, (await Store.ReadAsync(default))!.Version);
        Assert.False(await new InMemoryMyCaseTokenStore().TrySaveAsync(Expired(), null, 1, default));
        Assert.True(await new InMemoryMyCaseTokenStore().TrySaveAsync(Expired(), null, 0, default));
    }

    private static MyCaseTokens Expired() =>
        new("access-1", "refresh-1", Now - Duration.FromMinutes(1), Now + Duration.FromDays(13), "firm-uuid-1", "cases");

    private static MyCaseTokens Refreshed() =>
        new("access-2", "refresh-2", Now + Duration.FromSeconds(86400), Now + Duration.FromDays(14), "firm-uuid-1", "cases");

    private static HttpResponseMessage Answer(HttpStatusCode status, string json) =>
        new(status) { Content = new StringContent(json, System.Text.Encoding.UTF8, "application/json") };

    private static MyCaseFirmCatalog Catalog(ServiceProvider process) => process.GetRequiredService<MyCaseFirmCatalog>();

    private static async Task WaitUntil(Func<bool> condition)
    {
        while (!condition())
        {
            await Task.Delay(5);
        }
    }

    /// <summary>One process: its own registration (token manager, single flight), the shared store, vendor and clock.</summary>
    private ServiceProvider Process(MockHttpMessageHandler? vendor = null)
    {
        var http = vendor ?? _http;
        var services = new ServiceCollection();
        services.AddSingleton<IClock>(_clock);
        services.AddSingleton<IMyCaseTokenStore>(Store);
        services.ConfigureHttpClientDefaults(b => b.ConfigurePrimaryHttpMessageHandler(() => http));
        services.AddMyCase(o =>
        {
            o.ClientId = "client-abc";
            o.ClientSecret = "secret-xyz-123";
            o.RedirectUri = new Uri("https://platform.example/mycase/callback");
            o.RetryBaseDelay = TimeSpan.Zero;
            o.MaxRetryAttempts = 0;
        }).ConfigurePrimaryHttpMessageHandler(() => http);
        var process = services.BuildServiceProvider();
        _processes.Add(process);
        return process;
    }
}
