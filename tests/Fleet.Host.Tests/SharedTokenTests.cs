using System.Net;

using Connectors.Core.Windows;
using Connectors.MyCase;
using Connectors.MyCase.Authentication;
using Connectors.Sandbox;
using Connectors.Sandbox.Faults;
using Connectors.Sandbox.MyCase;

using Fleet.Host.Database;
using Fleet.Host.Stores;

using Microsoft.Extensions.DependencyInjection;

namespace Fleet.Host.Tests;

/// <summary>
/// Two hosts (two service providers, each with its own keyed MyCase registration and so its own per-process single
/// flight) share one firm's tokens in the fleet database. The MyCase sandbox refuses a refresh token used twice: if the
/// hosts ever spent the same one, a read would fail with invalid_grant.
/// </summary>
[Collection(PostgresTests.Name)]
public sealed class SharedTokenTests(PostgresCluster postgres)
{
    private const string Firm = "mycase-shared";
    private const int Rounds = 4;

    [Theory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task Two_hosts_sharing_one_token_row_spend_each_refresh_token_once(DatabaseKind kind)
    {
        var database = await TestDatabases.CreateAsync(kind, postgres);
        var clock = new TestClock(Instant.FromUtc(2026, 11, 25, 2, 0));
        var vendor = new MyCaseSandbox(new MyCaseSandboxOptions { Cases = 12, RequestsPerSecond = 0 });
        await using var sandbox = await SandboxServer.StartAsync(new SandboxOptions { Vendors = [vendor], Clock = clock });

        // Every token request takes a while, so both hosts find the access token expired before either has saved a new pair.
        sandbox.Faults.Add(new FaultRule
        {
            Kind = FaultKind.Latency,
            Method = "POST",
            PathPrefix = "/mycase/auth/tokens",
            Latency = TimeSpan.FromMilliseconds(200),
        });
        var tokenAnswers = new TokenAnswers();
        await using var first = Host(sandbox, vendor, database, clock, tokenAnswers);
        await using var second = Host(sandbox, vendor, database, clock, tokenAnswers);
        await MyCaseFirmAuthorizationFor(first);

        for (var round = 1; round <= Rounds; round++)
        {
            clock.Advance(Duration.FromHours(25)); // the access token has expired for both hosts
            var reads = new[] { first, second, first, second }.Select(host => Task.Run(() => ReadAllAsync(host)));

            var counts = await Task.WhenAll(reads);

            Assert.All(counts, count => Assert.Equal(12, count));
            Assert.Equal(round, vendor.Refreshes);
        }

        Assert.Equal(Rounds, tokenAnswers.Refreshes(HttpStatusCode.OK));
        Assert.Equal(0, tokenAnswers.Refreshes(HttpStatusCode.BadRequest)); // no refresh token was refused as used
    }

    [Theory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task A_firm_authorized_in_the_database_is_not_authorized_again_and_two_nodes_at_once_keep_one_pair(DatabaseKind kind)
    {
        var database = await TestDatabases.CreateAsync(kind, postgres);
        var clock = new TestClock(Instant.FromUtc(2026, 11, 25, 2, 0));
        var vendor = new MyCaseSandbox(new MyCaseSandboxOptions { Cases = 12, RequestsPerSecond = 0 });
        await using var sandbox = await SandboxServer.StartAsync(new SandboxOptions { Vendors = [vendor], Clock = clock });
        var answers = new TokenAnswers();
        await using var first = Host(sandbox, vendor, database, clock, answers);
        await using var second = Host(sandbox, vendor, database, clock, answers);

        // Two nodes start at once: both may authorize; the later save wins and the other pair is never used.
        await Task.WhenAll(MyCaseFirmAuthorizationFor(first), MyCaseFirmAuthorizationFor(second));
        var exchanges = vendor.Exchanges;
        await MyCaseFirmAuthorizationFor(second); // a restart: the firm's tokens are in the database

        Assert.InRange(exchanges, 1, 2);
        Assert.Equal(exchanges, vendor.Exchanges);
        var counts = await Task.WhenAll(ReadAllAsync(first), ReadAllAsync(second));
        Assert.Equal([12, 12], counts);
        var stored = await new AdoMyCaseTokenStore(database, Firm).ReadAsync(CancellationToken.None);
        Assert.Equal(vendor.Options.FirmUuid, stored!.Tokens.FirmUuid);
        Assert.Null(stored.Claim);
    }

    private static async Task<int> ReadAllAsync(ServiceProvider host)
    {
        var count = 0;
        await foreach (var _ in host.GetRequiredKeyedService<MyCaseCaseSource>(Firm).ReadCasesAsync(SyncWindow.Unbounded))
        {
            count++;
        }

        return count;
    }

    private static async Task MyCaseFirmAuthorizationFor(ServiceProvider host) =>
        await Fleet.MyCaseFirmAuthorization.AuthorizeAsync(
            host, [new Fleet.FleetFirm(Firm, Fleet.Vendor.MyCase, DateTimeZone.Utc)], CancellationToken.None);

    private static ServiceProvider Host(
        SandboxServer sandbox, MyCaseSandbox vendor, FleetDatabase database, TestClock clock, TokenAnswers answers)
    {
        var services = new ServiceCollection();
        services.AddSingleton<IClock>(clock);
        services.AddKeyedSingleton<IMyCaseTokenStore>(Firm, new AdoMyCaseTokenStore(database, Firm));
        services.AddKeyedMyCase(Firm, o =>
        {
            o.BaseAddress = sandbox.BaseAddressOf(vendor.PathPrefix);
            o.AuthorizationServer = new Uri(o.BaseAddress, "auth/");
            o.ClientId = vendor.Options.ClientId;
            o.ClientSecret = vendor.Options.ClientSecret;
            o.RedirectUri = vendor.Options.RedirectUri;
            o.RetryBaseDelay = TimeSpan.Zero;
            o.PageSize = 5;
        });
        services.ConfigureHttpClientDefaults(b => b.AddHttpMessageHandler(() => new TokenAnswerCounter(answers)));
        return services.BuildServiceProvider();
    }

    /// <summary>The answers to refresh grants, by status, across both hosts.</summary>
    private sealed class TokenAnswers
    {
        private readonly List<(bool Refresh, HttpStatusCode Status)> _answers = [];

        public void Add(bool refresh, HttpStatusCode status)
        {
            lock (_answers)
            {
                _answers.Add((refresh, status));
            }
        }

        public int Refreshes(HttpStatusCode status)
        {
            lock (_answers)
            {
                return _answers.Count(a => a.Refresh && a.Status == status);
            }
        }
    }

    private sealed class TokenAnswerCounter(TokenAnswers answers) : DelegatingHandler
    {
        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var refresh = request.Method == HttpMethod.Post
                && request.RequestUri!.AbsolutePath.EndsWith("/tokens", StringComparison.Ordinal)
                && request.Content is not null
                && (await request.Content.ReadAsStringAsync(cancellationToken)).Contains("refresh_token\"", StringComparison.Ordinal);
            var response = await base.SendAsync(request, cancellationToken);
            if (request.RequestUri!.AbsolutePath.EndsWith("/tokens", StringComparison.Ordinal))
            {
                answers.Add(refresh, response.StatusCode);
            }

            return response;
        }
    }
}
