using Connectors.Sandbox.Faults;
using Connectors.Sandbox.MyCase;
using Connectors.Sandbox.Recording;

using Microsoft.AspNetCore.Http;

namespace Connectors.Sandbox.Tenants;

/// <summary>
/// One firm at one vendor on a <see cref="SandboxServer"/>, under <c>{server}t/{name}/{vendor}/</c>: its own vendor
/// sandbox (credentials, seeded data, rate limit), write log and request log; the clock and faults are the server's.
/// The vendor is seeded and its endpoints are built on first use, so a server holds many idle tenants cheaply.
/// </summary>
public sealed class SandboxTenant
{
    private readonly Lazy<(ISandboxVendor Vendor, RequestDelegate Pipeline)> _served;
    private readonly FaultInjector _faults;
    private long _requests;
    private long _rateLimited;
    private int _changeCalls;

    internal SandboxTenant(
        SandboxTenantSpec spec,
        int seed,
        Uri baseAddress,
        SandboxTenantCredentials credentials,
        SandboxContext context,
        Func<SandboxTenant, (ISandboxVendor, RequestDelegate)> serve)
    {
        Name = spec.Name;
        Vendor = spec.Vendor;
        Cases = spec.Cases;
        Seed = seed;
        BaseAddress = baseAddress;
        Credentials = credentials;
        Context = context;
        _faults = context.Faults;
        _served = new(() => serve(this));
    }

    /// <summary>The tenant's name, as in its URLs.</summary>
    public string Name { get; }

    /// <summary>The vendor's path prefix (<c>mycase</c>).</summary>
    public string Vendor { get; }

    /// <summary>How many cases were asked for; null for the vendor sandbox's default.</summary>
    public int? Cases { get; }

    /// <summary>The seed of the tenant's data.</summary>
    public int Seed { get; }

    /// <summary>The tenant's vendor base address, as <c>http://127.0.0.1:5080/t/firm-0042/mycase/</c>.</summary>
    public Uri BaseAddress { get; }

    /// <summary>The tenant's own sandbox-only credentials.</summary>
    public SandboxTenantCredentials Credentials { get; }

    /// <summary>The tenant's clock, faults (both the server's), write log and request log.</summary>
    public SandboxContext Context { get; }

    /// <summary>The writes the tenant's vendor applied, each stamped with the tenant's name.</summary>
    public WriteLog Writes => Context.Writes;

    /// <summary>Every request the tenant received (method and path below its base, as <c>/mycase/v1/cases</c>).</summary>
    public RequestLog Requests => Context.Requests;

    /// <summary>The tenant's vendor sandbox, to seed, change or inspect from a test (seeds it if it was not yet).</summary>
    /// <exception cref="InvalidCastException">The tenant's vendor is not a <typeparamref name="T"/>.</exception>
    public T Sandbox<T>()
        where T : ISandboxVendor => (T)_served.Value.Vendor;

    /// <summary>
    /// Changes <paramref name="count"/> of the tenant's cases as its users would during a day, for a steady-state night:
    /// their update time becomes the sandbox clock's now (MyCase: the stage also moves to the practice area's next one).
    /// The same <paramref name="seed"/> picks the same cases; none derives one from the tenant's seed and the call count.
    /// </summary>
    /// <returns>The ids of the changed cases.</returns>
    /// <exception cref="ArgumentException">A Case Xchange tenant (it has no case list to change).</exception>
    public IReadOnlyList<string> ChangeCases(int count, int? seed = null)
    {
        var calls = Interlocked.Increment(ref _changeCalls);
        return SandboxTenantChanges.Change(
            Sandbox<ISandboxVendor>(),
            count,
            seed ?? unchecked((Seed * 31) + calls),
            Context.Clock.GetCurrentInstant());
    }

    /// <summary>What the tenant served so far.</summary>
    public SandboxTenantStats Stats()
    {
        var myCase = _served.IsValueCreated ? _served.Value.Vendor as MyCaseSandbox : null;
        return new SandboxTenantStats(
            Interlocked.Read(ref _requests),
            Interlocked.Read(ref _rateLimited),
            myCase?.Refreshes ?? 0,
            myCase?.RefreshReuses ?? 0,
            Writes.Records.Count);
    }

    /// <summary>True once the tenant's vendor is seeded and its endpoints built (its first request, or <see cref="Sandbox{T}"/>).</summary>
    internal bool IsServed => _served.IsValueCreated;

    /// <summary>Serves one request whose path is already relative to the tenant (<c>/mycase/v1/cases</c>).</summary>
    internal async Task InvokeAsync(HttpContext http)
    {
        Interlocked.Increment(ref _requests);
        var (vendor, pipeline) = _served.Value;
        Context.Requests.Add(http.Request.Method, http.Request.Path.Value ?? "/");
        await _faults.InvokeAsync(http, () => pipeline(http), vendor.WriteErrorAsync).ConfigureAwait(false);
        if (http.Response.StatusCode == StatusCodes.Status429TooManyRequests)
        {
            Interlocked.Increment(ref _rateLimited);
        }
    }
}
