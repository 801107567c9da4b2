using Connectors.Core.Writes;
using Connectors.IntegrationTests.Harness;
using Connectors.Sandbox.Faults;
using Connectors.Sandbox.SmartAdvocate;
using Connectors.SmartAdvocate;
using Connectors.SmartAdvocate.Dialer;

using NodaTime;

namespace Connectors.IntegrationTests.SmartAdvocate;

/// <summary>A SmartAdvocate sandbox on loopback and the connector registered against it (see <see cref="SandboxHarness"/>).</summary>
internal sealed class SmartAdvocateHarness(SandboxHarness sandbox, SmartAdvocateSandbox vendor)
    : VendorHarness<SmartAdvocateSandbox>(sandbox, vendor)
{
    public static readonly Instant Start = Instant.FromUtc(2026, 11, 24, 15, 0); // 10:00 New York, a Tuesday

    public SmartAdvocateDialerClient Dialer => Get<SmartAdvocateDialerClient>();

    public SmartAdvocateCaseSyncClient CaseSync => Get<SmartAdvocateCaseSyncClient>();

    public SmartAdvocateCaseSource CaseSource => Get<SmartAdvocateCaseSource>();

    public ICaseNoteWriter NoteWriter => Get<ICaseNoteWriter>();

    /// <param name="sandbox">The sandbox's options.</param>
    /// <param name="configure">Changes to the connector's options, after the harness's (no retry delay).</param>
    /// <param name="options">Clock, faults, idempotency and extra registrations.</param>
    /// <param name="cancellationToken">Cancels the start.</param>
    public static async Task<SmartAdvocateHarness> StartAsync(
        SmartAdvocateSandboxOptions? sandbox = null,
        Action<SmartAdvocateOptions>? configure = null,
        SandboxHarnessOptions? options = null,
        CancellationToken cancellationToken = default)
    {
        var vendor = new SmartAdvocateSandbox(sandbox ?? new SmartAdvocateSandboxOptions());
        var harness = await SandboxHarness.StartAsync(
            [vendor],
            Start,
            (services, server) => services.AddSmartAdvocate(o =>
            {
                o.BaseAddress = server.BaseAddressOf(vendor.PathPrefix);
                o.Username = vendor.Options.Username;
                o.Password = vendor.Options.Password;
                o.ClientKey = vendor.Options.ClientKey;
                o.RetryBaseDelay = TimeSpan.Zero;
                configure?.Invoke(o);
            }),
            options,
            cancellationToken);
        return new SmartAdvocateHarness(harness, vendor);
    }

    public SmartAdvocateSandboxCase Case(long caseId) => Vendor.Cases.Single(c => c.CaseId == caseId);

    public void Fault(FaultRule rule) => Server.Faults.Add(rule);
}
