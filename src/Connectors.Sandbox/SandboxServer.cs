using Connectors.Sandbox.Faults;
using Connectors.Sandbox.Recording;
using Connectors.Sandbox.Tenants;

using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Connectors.Sandbox;

/// <summary>
/// Serves vendor APIs on 127.0.0.1 over real HTTP: in-process (<c>await using var sandbox = await SandboxServer.StartAsync(...)</c>)
/// for samples and tests, or standalone (<c>dotnet run --project src/Connectors.Sandbox -- --port 5080</c>).
/// Each vendor is served under its own path prefix; faults and the write log are shared. Tenants
/// (<see cref="AddTenant"/>) serve many firms per vendor, each under <c>t/{name}/{vendor}/</c> with its own credentials,
/// data, write log and rate limit.
/// </summary>
public sealed class SandboxServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly Dictionary<string, ISandboxVendor> _vendors;
    private readonly SandboxTenantRegistry _tenants;

    private SandboxServer(
        WebApplication app,
        Uri baseAddress,
        SandboxContext context,
        Dictionary<string, ISandboxVendor> vendors,
        SandboxTenantRegistry tenants)
    {
        _app = app;
        BaseAddress = baseAddress;
        Context = context;
        _vendors = vendors;
        _tenants = tenants;
    }

    /// <summary>The server's root address, as <c>http://127.0.0.1:54321/</c>.</summary>
    public Uri BaseAddress { get; }

    /// <summary>The clock, write log and fault injector the vendors share.</summary>
    public SandboxContext Context { get; }

    /// <summary>The log of every write the sandbox applied.</summary>
    public WriteLog Writes => Context.Writes;

    /// <summary>The fault rules in force.</summary>
    public FaultInjector Faults => Context.Faults;

    /// <summary>The tenants served so far, by name.</summary>
    public IReadOnlyCollection<SandboxTenant> Tenants => _tenants.All;

    /// <summary>Every write applied: those of the vendors served without tenants, then each tenant's (stamped with it).</summary>
    public IReadOnlyList<WriteRecord> AllWrites => [.. Writes.Records, .. _tenants.All.SelectMany(t => t.Writes.Records)];

    /// <summary>Starts a server.</summary>
    /// <exception cref="ArgumentException">Two vendors share a path prefix.</exception>
    public static async Task<SandboxServer> StartAsync(SandboxOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        var vendors = new Dictionary<string, ISandboxVendor>(StringComparer.OrdinalIgnoreCase);
        foreach (var vendor in options.Vendors)
        {
            if (!vendors.TryAdd(vendor.PathPrefix, vendor))
            {
                throw new ArgumentException($"Two sandbox vendors share the path prefix '{vendor.PathPrefix}'.", nameof(options));
            }
        }

        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(k => k.Listen(System.Net.IPAddress.Loopback, options.Port));
        var app = builder.Build();
        var context = new SandboxContext(
            options.Clock,
            new WriteLog(),
            new FaultInjector(options.FaultSeed))
        { IgnoreIdempotencyKeys = options.IgnoreIdempotencyKeys };

        var tenants = new SandboxTenantRegistry(app.Services, context);
        app.Use(async (http, next) =>
        {
            if (http.Request.Path.StartsWithSegments("/t", out var rest))
            {
                await tenants.DispatchAsync(http, rest).ConfigureAwait(false);
                return;
            }

            var vendor = VendorOf(http.Request.Path, vendors);
            context.Requests.Add(http.Request.Method, http.Request.Path.Value ?? "/");
            await context.Faults.InvokeAsync(
                http,
                () => next(http),
                (h, status, message) =>
                    vendor is null
                        ? WritePlainError(h, status, message) : vendor.WriteErrorAsync(h, status, message)).ConfigureAwait(false);
        });

        foreach (var vendor in vendors.Values)
        {
            vendor.Map(app.MapGroup($"/{vendor.PathPrefix}"), context);
        }

        MapControl(app, context, tenants);
        await app.StartAsync(cancellationToken).ConfigureAwait(false);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        tenants.BaseAddress = new Uri(address.EndsWith('/') ? address : address + "/");
        return new SandboxServer(app, tenants.BaseAddress, context, vendors, tenants);
    }

    /// <summary>The base address of one vendor, as <c>http://127.0.0.1:54321/casepeer/</c>.</summary>
    /// <exception cref="ArgumentException">The sandbox does not serve that vendor.</exception>
    public Uri BaseAddressOf(string pathPrefix)
    {
        if (!_vendors.ContainsKey(pathPrefix))
        {
            throw new ArgumentException($"This sandbox does not serve '{pathPrefix}'.", nameof(pathPrefix));
        }

        return new Uri(BaseAddress, $"{pathPrefix}/");
    }

    /// <summary>
    /// Serves one firm at one vendor under <c>t/{name}/{vendor}/</c> with its own generated credentials, seeded data, write
    /// log, request log and rate limit (the clock and faults are shared). Idempotent: the same name and vendor return the
    /// tenant already served, with its credentials. Its data is seeded on its first request.
    /// </summary>
    /// <exception cref="ArgumentException">
    /// The name is not 1 to 64 of <c>a-z0-9-</c>, the vendor is unknown, or the name is served at another vendor.
    /// </exception>
    public SandboxTenant AddTenant(SandboxTenantSpec spec) => _tenants.Add(spec);

    /// <summary>The tenant of that name, or null.</summary>
    public SandboxTenant? Tenant(string name) => _tenants.Find(name);

    /// <summary>The vendor served under a prefix, to reach its state from a test.</summary>
    public T Vendor<T>()
        where T : ISandboxVendor => _vendors.Values.OfType<T>().Single();

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync().ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
    }

    /// <summary>Blocks until the host is shut down (Ctrl+C), for the standalone app.</summary>
    internal Task WaitForShutdownAsync() => Microsoft.Extensions.Hosting.HostingAbstractionsHostExtensions.WaitForShutdownAsync(_app);

    private static ISandboxVendor? VendorOf(PathString path, Dictionary<string, ISandboxVendor> vendors)
    {
        var segments = path.Value?.Split('/', StringSplitOptions.RemoveEmptyEntries);
        return segments is { Length: > 0 } && vendors.TryGetValue(segments[0], out var vendor) ? vendor : null;
    }

    private static Task WritePlainError(HttpContext http, int status, string message)
    {
        http.Response.StatusCode = status;
        return http.Response.WriteAsJsonAsync(new { error = message });
    }

    // Out-of-process users (the standalone app) set faults and read the write log here.
    private static void MapControl(WebApplication app, SandboxContext context, SandboxTenantRegistry tenants)
    {
        var control = app.MapGroup("/_sandbox");
        control.MapGet("/writes", () => Results.Json(
            (IReadOnlyList<WriteRecord>)[.. context.Writes.Records, .. tenants.All.SelectMany(t => t.Writes.Records)]));
        SandboxTenantControl.Map(control, tenants);
        control.MapPost("/faults", (FaultRule rule) =>
        {
            context.Faults.Add(rule);
            return Results.NoContent();
        });
        control.MapDelete("/faults", () =>
        {
            context.Faults.Clear();
            return Results.NoContent();
        });
    }
}
