using Connectors.CaseXchange;
using Connectors.Sandbox;
using Connectors.Sandbox.CaseXchange;

using Microsoft.Extensions.DependencyInjection;

namespace Connectors.IntegrationTests.CaseXchange;

/// <summary>A Case Xchange sandbox on loopback and the connector registered against it through the real DI pipeline.</summary>
internal sealed class CaseXchangeHarness : IAsyncDisposable
{
    private CaseXchangeHarness(SandboxServer server, CaseXchangeSandbox vendor, ServiceProvider services)
    {
        Server = server;
        Vendor = vendor;
        Services = services;
    }

    public SandboxServer Server { get; }

    public CaseXchangeSandbox Vendor { get; }

    public ServiceProvider Services { get; }

    public CaseXchangeClient Client => Services.GetRequiredService<CaseXchangeClient>();

    public Uri ApiRoot => new(Server.BaseAddressOf(Vendor.PathPrefix), "api/public/v1/");

    public static async Task<CaseXchangeHarness> StartAsync(Func<CaseXchangeSandboxOptions, string>? key = null, int pageSize = 10, Action<IHttpClientBuilder>? pipeline = null, bool ignoreIdempotencyKeys = false)
    {
        var vendor = new CaseXchangeSandbox();
        var server = await SandboxServer.StartAsync(new SandboxOptions { Vendors = [vendor], IgnoreIdempotencyKeys = ignoreIdempotencyKeys });
        var services = new ServiceCollection();
        var builder = services.AddCaseXchange(o =>
        {
            o.Environment = CaseXchangeEnvironment.Custom;
            o.BaseAddress = new Uri(server.BaseAddressOf(vendor.PathPrefix), "api/public/v1/");
            o.ApiKey = (key ?? (v => v.StandardKey))(vendor.Options);
            o.RetryBaseDelay = TimeSpan.Zero;
            o.PageSize = pageSize;
        });
        pipeline?.Invoke(builder);
        return new CaseXchangeHarness(server, vendor, services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true }));
    }

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        await Server.DisposeAsync();
    }
}
