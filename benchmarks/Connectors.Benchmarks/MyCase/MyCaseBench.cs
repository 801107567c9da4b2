using Connectors.MyCase;
using Connectors.MyCase.Authentication;
using Connectors.Sandbox;
using Connectors.Sandbox.MyCase;

using Microsoft.Extensions.DependencyInjection;

namespace Connectors.Benchmarks.MyCase;

/// <summary>
/// A MyCase sandbox in this process, seeded with N cases, and the SDK registered against it through <c>AddMyCase</c>
/// with tokens obtained once through the sandbox's OAuth authorization-code flow (as a browser would follow it).
/// </summary>
internal sealed class MyCaseBench : IAsyncDisposable
{
    private MyCaseBench(SandboxServer server, MyCaseSandbox vendor, ServiceProvider services, string accessToken)
    {
        Server = server;
        Vendor = vendor;
        Services = services;
        AccessToken = accessToken;
    }

    public SandboxServer Server { get; }

    public MyCaseSandbox Vendor { get; }

    public ServiceProvider Services { get; }

    /// <summary>The bearer token the SDK holds; the raw baseline sends the same one.</summary>
    public string AccessToken { get; }

    public Uri ApiBase => Server.BaseAddressOf(Vendor.PathPrefix);

    /// <param name="cases">Cases to seed.</param>
    /// <param name="sandboxRequestsPerSecond">The sandbox's 429 limit; 0 turns it off.</param>
    /// <param name="clientRequestsPerSecond">The SDK's client-side limit (<see cref="MyCaseOptions.RequestsPerSecond"/>).</param>
    public static async Task<MyCaseBench> StartAsync(int cases, int sandboxRequestsPerSecond, int clientRequestsPerSecond)
    {
        var vendor = new MyCaseSandbox(new MyCaseSandboxOptions { Cases = cases, RequestsPerSecond = sandboxRequestsPerSecond });
        var server = await SandboxServer.StartAsync(new SandboxOptions { Vendors = [vendor] });
        var services = new ServiceCollection();
        services.AddMyCase(o =>
        {
            o.BaseAddress = server.BaseAddressOf(vendor.PathPrefix);
            o.AuthorizationServer = new Uri(server.BaseAddressOf(vendor.PathPrefix), "auth/");
            o.ClientId = vendor.Options.ClientId;
            o.ClientSecret = vendor.Options.ClientSecret;
            o.RedirectUri = vendor.Options.RedirectUri;
            o.PageSize = MyCaseSandbox.MaxPageSize;
            o.RequestsPerSecond = clientRequestsPerSecond;
        });
        var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });

        var oauth = provider.GetRequiredService<MyCaseOAuthClient>();
        const string state = "bench-state";
        using var handler = new HttpClientHandler { AllowAutoRedirect = false };
        using var browser = new HttpClient(handler);
        using var redirect = await browser.GetAsync(oauth.BuildAuthorizeUri(state));
        await oauth.CompleteAuthorizationAsync(redirect.Headers.Location!, state);
        var tokens = await provider.GetRequiredService<IMyCaseTokenStore>().GetAsync(CancellationToken.None)
            ?? throw new InvalidOperationException("The sandbox's OAuth flow stored no tokens.");
        return new MyCaseBench(server, vendor, provider, tokens.AccessToken);
    }

    /// <summary>Reads <paramref name="items"/> to the end, keeping only the count: what every MyCase benchmark measures.</summary>
    public static async Task<long> CountAsync<T>(IAsyncEnumerable<T> items)
    {
        long count = 0;
        await foreach (var _ in items.ConfigureAwait(false))
        {
            count++;
        }

        return count;
    }

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        await Server.DisposeAsync();
    }
}
