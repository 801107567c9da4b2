using System.Collections.Concurrent;

using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Connectors.Sandbox.Tenants;

/// <summary>
/// The tenants of one server and the dispatch of <c>/t/{name}/...</c>: one dictionary lookup, then the tenant's own
/// request pipeline (its vendor's endpoints only), so a request costs the same with 1 tenant or 1,000.
/// </summary>
internal sealed class SandboxTenantRegistry(IServiceProvider services, SandboxContext shared)
{
    private const int MaxNameLength = 64;
    private readonly ConcurrentDictionary<string, SandboxTenant> _tenants = new(StringComparer.Ordinal);
    private readonly object _gate = new();

    /// <summary>The server's root address, known once it listens.</summary>
    public Uri? BaseAddress { get; set; }

    public IReadOnlyCollection<SandboxTenant> All => [.. _tenants.Values.OrderBy(t => t.Name, StringComparer.Ordinal)];

    public SandboxTenant? Find(string name) => _tenants.GetValueOrDefault(name);

    public SandboxTenant Add(SandboxTenantSpec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        if (!IsValidName(spec.Name))
        {
            throw new ArgumentException(
                $"A tenant name is 1 to {MaxNameLength} characters of a-z, 0-9 and '-'; got '{spec.Name}'.",
                nameof(spec));
        }

        if (spec.Cases is < 0)
        {
            throw new ArgumentException("A tenant's case count cannot be negative.", nameof(spec));
        }

        lock (_gate)
        {
            if (_tenants.TryGetValue(spec.Name, out var existing))
            {
                return existing.Vendor == spec.Vendor
                    ? existing
                    : throw new ArgumentException(
                        $"The tenant '{spec.Name}' is served at '{existing.Vendor}', not '{spec.Vendor}'.",
                        nameof(spec));
            }

            var credentials = SandboxTenantVendors.Credentials(spec.Vendor, spec.Name);
            var context = new SandboxContext(shared.Clock, new Recording.WriteLog(spec.Name), shared.Faults)
            {
                IgnoreIdempotencyKeys = shared.IgnoreIdempotencyKeys,
            };
            var root = BaseAddress ?? throw new InvalidOperationException("The sandbox is not listening yet.");
            var tenant = new SandboxTenant(
                spec,
                spec.Seed ?? SandboxTenantVendors.SeedOf(spec.Name),
                new Uri(root, $"t/{spec.Name}/{spec.Vendor}/"),
                credentials,
                context,
                Serve);
            _tenants[spec.Name] = tenant;
            return tenant;
        }
    }

    /// <summary>Serves <c>/t/{name}/rest</c>; <paramref name="rest"/> is <c>/{name}/rest</c>.</summary>
    public async Task DispatchAsync(HttpContext http, PathString rest)
    {
        var value = rest.Value ?? string.Empty;
        var end = value.Length > 1 ? value.IndexOf('/', 1) : -1;
        var name = value.Length > 1 ? (end < 0 ? value[1..] : value[1..end]) : string.Empty;
        if (!_tenants.TryGetValue(name, out var tenant))
        {
            http.Response.StatusCode = StatusCodes.Status404NotFound;
            await http.Response.WriteAsJsonAsync(new { error = $"No sandbox tenant '{name}'." }, http.RequestAborted).ConfigureAwait(false);
            return;
        }

        // The vendor sees its usual path (/mycase/v1/cases) below a path base of /t/{name}, so the links it builds from
        // PathBase (MyCase's Link header and upload URLs, CASEpeer's next page) point back at the tenant.
        var request = http.Request;
        var (pathBase, path) = (request.PathBase, request.Path);
        request.PathBase = pathBase.Add(new PathString($"/t/{name}"));
        request.Path = end < 0 ? PathString.Empty : new PathString(value[end..]);
        http.SetEndpoint(null);
        try
        {
            await tenant.InvokeAsync(http).ConfigureAwait(false);
        }
        finally
        {
            request.PathBase = pathBase;
            request.Path = path;
        }
    }

    private static bool IsValidName(string? name) =>
        name is { Length: > 0 and <= MaxNameLength } && name.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-');

    // A branch of its own per tenant, as UseWhen/Map build them: routing over the vendor's endpoints alone.
    private (ISandboxVendor, RequestDelegate) Serve(SandboxTenant tenant)
    {
        var vendor = SandboxTenantVendors.Create(tenant);
        var branch = new ApplicationBuilder(services);
        branch.UseRouting();
        branch.UseEndpoints(endpoints => vendor.Map(endpoints.MapGroup($"/{vendor.PathPrefix}"), tenant.Context));
        return (vendor, branch.Build());
    }
}
