using Connectors.Sandbox;
using Connectors.Sandbox.CasePeer;
using Connectors.Sandbox.CaseXchange;
using Connectors.Sandbox.MyCase;
using Connectors.Sandbox.SmartAdvocate;
using Connectors.Sandbox.Tenants;

namespace Fleet.Host.Fleet;

/// <summary>
/// The four vendors emulated in-process on loopback (the zero-configuration default). Each firm is a tenant of its vendor:
/// its own credentials, data, write log and rate limit, as with a standalone sandbox (<see cref="StandaloneSandbox"/>).
/// </summary>
public sealed class FleetSandbox : IAsyncDisposable
{
    private FleetSandbox(SandboxServer server) => Server = server;

    /// <summary>The running sandbox: its tenants, and each tenant's write log.</summary>
    public SandboxServer Server { get; }

    /// <summary>Starts the sandbox on a free loopback port.</summary>
    public static async Task<FleetSandbox> StartAsync(CancellationToken cancellationToken)
    {
        // The vendors the server serves; tenants are created on them (each its own instance) per firm.
        var server = await SandboxServer.StartAsync(
            new SandboxOptions
            {
                Vendors = [new CasePeerSandbox(), new MyCaseSandbox(), new SmartAdvocateSandbox(), new CaseXchangeSandbox()],
            },
            cancellationToken).ConfigureAwait(false);
        return new FleetSandbox(server);
    }

    /// <summary>Creates (or finds) each firm's tenant; returns them by firm key.</summary>
    public IReadOnlyDictionary<string, FirmTenant> TenantsOf(IEnumerable<FleetFirm> firms, int? casesPerFirm = null)
    {
        ArgumentNullException.ThrowIfNull(firms);
        return firms.ToDictionary(
            f => f.Key,
            f =>
            {
                var tenant = Server.AddTenant(new SandboxTenantSpec(f.Key, FirmTenant.PrefixOf(f.Vendor), casesPerFirm));
                return new FirmTenant(tenant.BaseAddress, tenant.Credentials);
            },
            StringComparer.Ordinal);
    }

    /// <summary>The tenant of a firm, to read its write log or state from a test.</summary>
    public SandboxTenant TenantOf(string firmKey) =>
        Server.Tenant(firmKey) ?? throw new ArgumentException($"Firm {firmKey} has no tenant in this sandbox.", nameof(firmKey));

    /// <inheritdoc />
    public ValueTask DisposeAsync() => Server.DisposeAsync();
}
