using Connectors.Sandbox.Faults;
using Connectors.Sandbox.Recording;

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
/// Each vendor is served under its own path prefix; faults and the write log are shared.
/// </summary>
public sealed class SandboxServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly Dictionary<string, ISandboxVendor> _vendors;

    private SandboxServer(WebApplication app, Uri baseAddress, SandboxContext context, Dictionary<string, ISandboxVendor> vendors)
    {
        _app = app;
        BaseAddress = baseAddress;
        Context = context;
        _vendors = vendors;
    }

    /// <summary>The server's root address, as <c>http://127.0.0.1:54321/</c>.</summary>
    public Uri BaseAddress { get; }

    /// <summary>The clock, write log and fault injector the vendors share.</summary>
    public SandboxContext Context { get; }

    /// <summary>The log of every write the sandbox applied.</summary>
    public WriteLog Writes => Context.Writes;

    /// <summary>The fault rules in force.</summary>
    public FaultInjector Faults => Context.Faults;

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

        app.Use(async (http, next) =>
        {
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

        MapControl(app, context);
        await app.StartAsync(cancellationToken).ConfigureAwait(false);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new SandboxServer(app, new Uri(address.EndsWith('/') ? address : address + "/"), context, vendors);
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
    private static void MapControl(WebApplication app, SandboxContext context)
    {
        var control = app.MapGroup("/_sandbox");
        control.MapGet("/writes", () => Results.Json(context.Writes.Records));
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
