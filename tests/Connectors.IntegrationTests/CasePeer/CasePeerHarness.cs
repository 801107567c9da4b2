using Connectors.CasePeer;
using Connectors.IntegrationTests.Harness;
using Connectors.Sandbox.CasePeer;

using NodaTime;

namespace Connectors.IntegrationTests.CasePeer;

/// <summary>A CASEpeer sandbox on loopback and the connector registered against it (see <see cref="SandboxHarness"/>).</summary>
internal sealed class CasePeerHarness(SandboxHarness sandbox, CasePeerSandbox vendor)
    : VendorHarness<CasePeerSandbox>(sandbox, vendor)
{
    public static readonly Instant Start = Instant.FromUtc(2026, 11, 25, 2, 0);

    /// <param name="sandbox">The sandbox's options (120 cases by default).</param>
    /// <param name="configure">Changes to the connector's options, after the harness's (page size 25, no retry delay).</param>
    /// <param name="options">Clock, faults, idempotency and extra registrations.</param>
    /// <param name="cancellationToken">Cancels the start.</param>
    public static async Task<CasePeerHarness> StartAsync(
        CasePeerSandboxOptions? sandbox = null,
        Action<CasePeerOptions>? configure = null,
        SandboxHarnessOptions? options = null,
        CancellationToken cancellationToken = default)
    {
        var vendor = new CasePeerSandbox(sandbox ?? new CasePeerSandboxOptions { Cases = 120 });
        var harness = await SandboxHarness.StartAsync(
            [vendor],
            Start,
            (services, server) => services.AddCasePeer(o =>
            {
                o.BaseAddress = server.BaseAddressOf(vendor.PathPrefix);
                o.ApiKey = vendor.Options.ApiKey;
                o.RetryBaseDelay = TimeSpan.Zero;
                o.PageSize = 25;
                configure?.Invoke(o);
            }),
            options,
            cancellationToken);
        return new CasePeerHarness(harness, vendor);
    }
}
