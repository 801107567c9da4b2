using System.Net;

using Connectors.MyCase.Authentication;

using Microsoft.Extensions.DependencyInjection;

using NodaTime;

using RichardSzalay.MockHttp;

namespace Connectors.MyCase.Tests;

/// <summary>
/// The token file's compare-and-swap: two stores on one file (as two processes would open it) never both win a version,
/// and the claim and version survive the file.
/// </summary>
public sealed class FileMyCaseTokenStoreCasTests : IDisposable
{
    private static readonly Instant Now = Instant.FromUtc(2026, 11, 25, 2, 0);
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "mycase-cas-" + Guid.NewGuid().ToString("N"));

    private string File => Path.Combine(_directory, "tokens.json");

    public void Dispose()
    {
        if (Directory.Exists(_directory))
        {
            Directory.Delete(_directory, recursive: true);
        }
    }

    [Fact]
    public async Task Of_two_stores_on_one_file_writing_on_one_version_only_the_first_wins()
    {
        using var first = new FileMyCaseTokenStore(File);
        using var second = new FileMyCaseTokenStore(File);

        Assert.True(await first.TrySaveAsync(Pair("1"), null, 0, default));
        Assert.False(await second.TrySaveAsync(Pair("x"), null, 0, default)); // insert only if absent
        Assert.True(await second.TrySaveAsync(Pair("1"), new MyCaseRefreshClaim("second", Now), 1, default));
        Assert.False(await first.TrySaveAsync(Pair("1"), new MyCaseRefreshClaim("first", Now), 1, default));

        Assert.Equal(new MyCaseStoredTokens(Pair("1"), 2, new MyCaseRefreshClaim("second", Now)), await first.ReadAsync(default));
    }

    [Fact]
    public async Task Concurrent_claims_from_many_stores_on_one_file_have_exactly_one_winner()
    {
        using (var seed = new FileMyCaseTokenStore(File))
        {
            await seed.TrySaveAsync(Pair("1"), null, 0, default);
        }

        var stores = Enumerable.Range(0, 8).Select(_ => new FileMyCaseTokenStore(File)).ToList();
        try
        {
            var wins = await Task.WhenAll(stores.Select((store, i) => Task.Run(async () =>
                await store.TrySaveAsync(Pair("1"), new MyCaseRefreshClaim($"p{i}", Now), 1, default))));

            Assert.Single(wins, won => won);
            Assert.Equal(2, (await stores[0].ReadAsync(default))!.Version);
        }
        finally
        {
            stores.ForEach(s => s.Dispose());
        }
    }

    [Fact]
    public async Task A_file_written_before_versions_reads_as_version_1_without_a_claim()
    {
        Directory.CreateDirectory(_directory);
        await System.IO.File.WriteAllTextAsync(File, """
            {"access_token": "a1", "refresh_token": "r1", "access_token_expires_at": "2026-11-26T02:00:00+00:00",
             "refresh_token_expires_at": "2026-12-09T02:00:00+00:00", "firm_uuid": "firm-1", "scope": "cases"}
            """);
        using var store = new FileMyCaseTokenStore(File);

        var stored = await store.ReadAsync(default);

        Assert.Equal(1, stored!.Version);
        Assert.Null(stored.Claim);
        Assert.Equal("r1", stored.Tokens.RefreshToken);
        Assert.True(await store.TrySaveAsync(stored.Tokens, null, 1, default));
        Assert.Equal(2, (await store.ReadAsync(default))!.Version);
    }

    [Fact]
    public async Task A_cancelled_write_waits_for_nothing_and_writes_nothing()
    {
        using var store = new FileMyCaseTokenStore(File);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(
            async () => await store.TrySaveAsync(Pair("1"), null, 0, new CancellationToken(canceled: true)));

        Assert.Null(await store.ReadAsync(default));
    }

    [Fact]
    public async Task A_damaged_token_file_fails_an_authorization_before_its_single_use_code_is_spent()
    {
        Directory.CreateDirectory(_directory);
        await System.IO.File.WriteAllTextAsync(File, "{ half a file");
        using var store = new FileMyCaseTokenStore(File);
        using var http = new MockHttpMessageHandler();
        var exchange = http.When(HttpMethod.Post, "https://auth.mycase.com/tokens").Respond(HttpStatusCode.OK);
        var services = new ServiceCollection();
        services.AddSingleton<IMyCaseTokenStore>(store);
        services.AddMyCase(o =>
        {
            o.ClientId = "client-abc";
            o.ClientSecret = "secret-xyz-123";
            o.RedirectUri = new Uri("https://platform.example/mycase/callback");
        });
        services.ConfigureHttpClientDefaults(b => b.ConfigurePrimaryHttpMessageHandler(() => http));
        await using var provider = services.BuildServiceProvider();

        await Assert.ThrowsAsync<Connectors.Core.ConnectorStateFileException>(
            () => provider.GetRequiredService<MyCaseOAuthClient>().ExchangeCodeAsync("code-1"));

        Assert.Equal(0, http.GetMatchCount(exchange)); // the code is still good once the file is fixed
    }

    private static MyCaseTokens Pair(string suffix) =>
        new("access-" + suffix, "refresh-" + suffix, Now + Duration.FromHours(24), Now + Duration.FromDays(14), "firm-1", "cases");
}
