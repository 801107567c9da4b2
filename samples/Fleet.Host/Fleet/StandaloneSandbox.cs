using System.Net.Http.Json;

using Connectors.Sandbox.Tenants;

using Fleet.Host.Stores;

namespace Fleet.Host.Fleet;

/// <summary>
/// A sandbox running as its own process (<c>dotnet run --project src/Connectors.Sandbox -- --port 5080</c>), shared by
/// every node of a fleet: each firm is a tenant of it, created (or found, with the same credentials) through its control
/// endpoint <c>PUT /_sandbox/tenants/{firm}</c>.
/// </summary>
public static class StandaloneSandbox
{
    /// <summary>Creates or finds each firm's tenant; returns them by firm key.</summary>
    /// <param name="sandbox">The sandbox's root address, as <c>http://127.0.0.1:5080/</c>.</param>
    /// <param name="firms">The firms.</param>
    /// <param name="casesPerFirm">Cases to seed per tenant; null for each vendor's default.</param>
    /// <param name="cancellationToken">Stops the requests.</param>
    /// <exception cref="HttpRequestException">The sandbox refused or could not be reached.</exception>
    public static async Task<IReadOnlyDictionary<string, FirmTenant>> ConnectAsync(
        Uri sandbox, IReadOnlyList<FleetFirm> firms, int? casesPerFirm, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(sandbox);
        ArgumentNullException.ThrowIfNull(firms);
        using var http = new HttpClient { BaseAddress = sandbox, Timeout = TimeSpan.FromMinutes(1) };
        var tenants = new System.Collections.Concurrent.ConcurrentDictionary<string, FirmTenant>(StringComparer.Ordinal);
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = 8, CancellationToken = cancellationToken };
        await Parallel.ForEachAsync(firms, parallel, async (firm, ct) =>
        {
            var spec = new TenantRequest(FirmTenant.PrefixOf(firm.Vendor), casesPerFirm);
            using var response = await http.PutAsJsonAsync(
                new Uri($"_sandbox/tenants/{firm.Key}", UriKind.Relative), spec, FleetJsonContext.Default.TenantRequest, ct)
                .ConfigureAwait(false);
            response.EnsureSuccessStatusCode();
            var tenant = await response.Content.ReadFromJsonAsync(FleetJsonContext.Default.TenantAnswer, ct).ConfigureAwait(false)
                ?? throw new HttpRequestException($"The sandbox answered no tenant for firm {firm.Key}.");
            tenants[firm.Key] = new FirmTenant(tenant.BaseAddress, tenant.Credentials);
        }).ConfigureAwait(false);
        return tenants;
    }
}

/// <summary>The body of <c>PUT /_sandbox/tenants/{name}</c>.</summary>
/// <param name="Vendor">The vendor's path prefix.</param>
/// <param name="Cases">Cases to seed; null for the vendor's default.</param>
internal sealed record TenantRequest(string Vendor, int? Cases);

/// <summary>What the sandbox answers about a tenant (the fields the fleet reads).</summary>
/// <param name="BaseAddress">The tenant's vendor base address.</param>
/// <param name="Credentials">Its credentials.</param>
internal sealed record TenantAnswer(Uri BaseAddress, SandboxTenantCredentials Credentials);
