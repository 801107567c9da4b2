using Connectors.MyCase;
using Connectors.MyCase.Authentication;
using Connectors.Sandbox.Faults;

using Microsoft.Extensions.DependencyInjection;

using NodaTime;

namespace Connectors.IntegrationTests.MyCase;

/// <summary>
/// Two processes, each with its own <see cref="FileMyCaseTokenStore"/> on one token file, against the sandbox (which
/// refuses a refresh token used twice): the file's compare-and-swap and the refresh claim keep them to one refresh.
/// </summary>
[Collection(MyCaseSerialTests.Name)]
public sealed class MyCaseSharedTokenFileTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "mycase-shared-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    [Fact]
    public async Task Two_processes_on_one_token_file_spend_each_refresh_token_once()
    {
        await using var harness = await MyCaseHarness.StartAsync();
        var file = Path.Combine(_folder, "tokens.json");
        using var firstFile = new FileMyCaseTokenStore(file);
        using var secondFile = new FileMyCaseTokenStore(file);
        await using var first = harness.Sandbox.Connect(s => s.AddSingleton<IMyCaseTokenStore>(firstFile));
        await using var second = harness.Sandbox.Connect(s => s.AddSingleton<IMyCaseTokenStore>(secondFile));
        await Authorize(first);

        // Token answers take a while, so both processes find the access token expired before either saved a new pair.
        harness.Server.Faults.Add(new FaultRule
        {
            Kind = FaultKind.Latency,
            Method = "POST",
            PathPrefix = "/mycase/auth/tokens",
            Latency = TimeSpan.FromMilliseconds(150),
        });
        for (var round = 1; round <= 3; round++)
        {
            harness.Clock.Advance(Duration.FromHours(25));

            var firms = await Task.WhenAll(new[] { first, second, first, second }.Select(process =>
                Task.Run(() => process.GetRequiredService<MyCaseFirmCatalog>().ReadFirmAsync())));

            Assert.All(firms, f => Assert.Equal("Sandbox Law Firm", f.Name));
            Assert.Equal(round, harness.Vendor.Refreshes);
        }

        var stored = await secondFile.ReadAsync(default);
        Assert.Null(stored!.Claim);
        Assert.Equal(7, stored.Version); // the exchange, then a claim and a pair per round
    }

    private static async Task Authorize(ServiceProvider process)
    {
        var oauth = process.GetRequiredService<MyCaseOAuthClient>();
        const string state = "state-shared";
        using var handler = new HttpClientHandler { AllowAutoRedirect = false };
        using var browser = new HttpClient(handler);
        using var response = await browser.GetAsync(oauth.BuildAuthorizeUri(state));
        await oauth.CompleteAuthorizationAsync(response.Headers.Location!, state);
    }
}
