using Connectors.CaseXchange;
using Connectors.IntegrationTests.Harness;
using Connectors.Sandbox.CaseXchange;

using NodaTime;

namespace Connectors.IntegrationTests.CaseXchange;

/// <summary>A Case Xchange sandbox on loopback and the connector registered against it (see <see cref="SandboxHarness"/>).</summary>
internal sealed class CaseXchangeHarness(SandboxHarness sandbox, CaseXchangeSandbox vendor)
    : VendorHarness<CaseXchangeSandbox>(sandbox, vendor)
{
    public static readonly Instant Start = Instant.FromUtc(2026, 11, 25, 2, 0);

    public CaseXchangeClient Client => Get<CaseXchangeClient>();

    public Uri ApiRoot => new(BaseAddress, "api/public/v1/");

    /// <param name="sandbox">The sandbox's options.</param>
    /// <param name="configure">
    /// Changes to the connector's options, after the harness's (the standard key, page size 10, no retry delay).
    /// </param>
    /// <param name="options">Clock, faults, idempotency, extra registrations and the client's pipeline.</param>
    /// <param name="cancellationToken">Cancels the start.</param>
    public static async Task<CaseXchangeHarness> StartAsync(
        CaseXchangeSandboxOptions? sandbox = null,
        Action<CaseXchangeOptions>? configure = null,
        SandboxHarnessOptions? options = null,
        CancellationToken cancellationToken = default)
    {
        var vendor = new CaseXchangeSandbox(sandbox ?? new CaseXchangeSandboxOptions());
        var harness = await SandboxHarness.StartAsync(
            [vendor],
            Start,
            (services, server) => services.AddCaseXchange(o =>
            {
                o.Environment = CaseXchangeEnvironment.Custom;
                o.BaseAddress = new Uri(server.BaseAddressOf(vendor.PathPrefix), "api/public/v1/");
                o.ApiKey = vendor.Options.StandardKey;
                o.RetryBaseDelay = TimeSpan.Zero;
                o.PageSize = 10;
                configure?.Invoke(o);
            }),
            options,
            cancellationToken);
        return new CaseXchangeHarness(harness, vendor);
    }
}
