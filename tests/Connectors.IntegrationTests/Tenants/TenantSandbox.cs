using Connectors.CasePeer;
using Connectors.CaseXchange;
using Connectors.MyCase;
using Connectors.MyCase.Authentication;
using Connectors.Sandbox;
using Connectors.Sandbox.Tenants;
using Connectors.SmartAdvocate;

using Microsoft.Extensions.DependencyInjection;

using NodaTime;
using NodaTime.Testing;

namespace Connectors.IntegrationTests.Tenants;

/// <summary>
/// A sandbox serving no classic vendor, only tenants, and the real connector of one tenant registered through DI against
/// the tenant's base address and credentials, as the fleet host registers a firm.
/// </summary>
internal sealed class TenantSandbox : IAsyncDisposable
{
    public static readonly Instant Start = Instant.FromUtc(2026, 11, 25, 2, 0);

    private readonly List<ServiceProvider> _connectors = [];

    private TenantSandbox(SandboxServer server, FakeClock clock)
    {
        Server = server;
        Clock = clock;
    }

    public SandboxServer Server { get; }

    public FakeClock Clock { get; }

    public static async Task<TenantSandbox> StartAsync()
    {
        var clock = new FakeClock(Start);
        return new TenantSandbox(await SandboxServer.StartAsync(new SandboxOptions { Clock = clock }), clock);
    }

    /// <summary>The connector of <paramref name="tenant"/>, registered as a host registers one firm's.</summary>
    public ServiceProvider Connect(SandboxTenant tenant)
    {
        var services = new ServiceCollection();
        services.AddSingleton<IClock>(Clock);
        var credentials = tenant.Credentials;
        _ = tenant.Vendor switch
        {
            "casepeer" => services.AddCasePeer(o =>
            {
                o.BaseAddress = tenant.BaseAddress;
                o.ApiKey = credentials.ApiKey!;
                o.RetryBaseDelay = TimeSpan.Zero;
                o.PageSize = 25;
            }),
            "mycase" => services.AddMyCase(o =>
            {
                o.BaseAddress = tenant.BaseAddress;
                o.AuthorizationServer = new Uri(tenant.BaseAddress, "auth/");
                o.ClientId = credentials.ClientId!;
                o.ClientSecret = credentials.ClientSecret!;
                o.RedirectUri = credentials.RedirectUri!;
                o.RetryBaseDelay = TimeSpan.Zero;
                o.PageSize = 250;
            }),
            "smartadvocate" => services.AddSmartAdvocate(o =>
            {
                o.BaseAddress = tenant.BaseAddress;
                o.Username = credentials.Username!;
                o.Password = credentials.Password!;
                o.ClientKey = credentials.ClientKey!;
                o.RetryBaseDelay = TimeSpan.Zero;
            }),
            _ => services.AddCaseXchange(o =>
            {
                o.Environment = CaseXchangeEnvironment.Custom;
                o.BaseAddress = new Uri(tenant.BaseAddress, "api/public/v1/");
                o.ApiKey = credentials.ApiKey!;
                o.RetryBaseDelay = TimeSpan.Zero;
                o.PageSize = 10;
            }),
        };
        var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });
        _connectors.Add(provider);
        return provider;
    }

    /// <summary>Runs MyCase's authorization-code flow as a browser would, for the connector in <paramref name="services"/>.</summary>
    public static async Task<MyCaseConnection> AuthorizeMyCaseAsync(IServiceProvider services)
    {
        var oauth = services.GetRequiredService<MyCaseOAuthClient>();
        const string state = "state-tenant";
        using var handler = new HttpClientHandler { AllowAutoRedirect = false };
        using var browser = new HttpClient(handler);
        using var response = await browser.GetAsync(oauth.BuildAuthorizeUri(state));
        Assert.Equal(System.Net.HttpStatusCode.Redirect, response.StatusCode);
        return await oauth.CompleteAuthorizationAsync(response.Headers.Location!, state);
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var connector in _connectors)
        {
            await connector.DisposeAsync();
        }

        await Server.DisposeAsync();
    }
}
