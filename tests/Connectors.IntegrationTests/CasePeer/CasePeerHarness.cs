using Connectors.CasePeer;
using Connectors.Sandbox;
using Connectors.Sandbox.CasePeer;

using Microsoft.Extensions.DependencyInjection;

namespace Connectors.IntegrationTests.CasePeer;

/// <summary>A CASEpeer sandbox on loopback and a connector registered against it through the real DI pipeline.</summary>
internal sealed class CasePeerHarness : IAsyncDisposable
{
    private CasePeerHarness(SandboxServer server, CasePeerSandbox vendor, ServiceProvider services)
    {
        Server = server;
        Vendor = vendor;
        Services = services;
    }

    public SandboxServer Server { get; }

    public CasePeerSandbox Vendor { get; }

    public ServiceProvider Services { get; }

    public static async Task<CasePeerHarness> StartAsync(string? apiKey = null, int cases = 120, TimeSpan? attemptTimeout = null, bool ignoreIdempotencyKeys = false, int? writeAttempts = null)
    {
        var vendor = new CasePeerSandbox(new CasePeerSandboxOptions { Cases = cases });
        var server = await SandboxServer.StartAsync(new SandboxOptions { Vendors = [vendor], IgnoreIdempotencyKeys = ignoreIdempotencyKeys });
        var services = new ServiceCollection();
        services.AddCasePeer(o =>
        {
            o.BaseAddress = server.BaseAddressOf(vendor.PathPrefix);
            o.ApiKey = apiKey ?? vendor.Options.ApiKey;
            o.RetryBaseDelay = TimeSpan.Zero;
            o.PageSize = 25;
            o.AttemptTimeout = attemptTimeout ?? o.AttemptTimeout;
            o.WriteAttempts = writeAttempts ?? o.WriteAttempts;
        });
        return new CasePeerHarness(server, vendor, services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true }));
    }

    public T Get<T>()
        where T : notnull => Services.GetRequiredService<T>();

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        await Server.DisposeAsync();
    }
}
