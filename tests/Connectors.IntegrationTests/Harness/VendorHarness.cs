using Connectors.Sandbox;

using Microsoft.Extensions.DependencyInjection;

using NodaTime.Testing;

namespace Connectors.IntegrationTests.Harness;

/// <summary>
/// The shape every vendor's harness shares: a <see cref="SandboxHarness"/> serving that one vendor, and the vendor's
/// sandbox to seed, change and inspect. A vendor harness adds only how its connector is registered and its shortcuts.
/// </summary>
/// <typeparam name="TVendor">The vendor's sandbox.</typeparam>
internal abstract class VendorHarness<TVendor>(SandboxHarness sandbox, TVendor vendor) : IAsyncDisposable
    where TVendor : ISandboxVendor
{
    public SandboxHarness Sandbox { get; } = sandbox;

    public TVendor Vendor { get; } = vendor;

    public SandboxServer Server => Sandbox.Server;

    public ServiceProvider Services => Sandbox.Services;

    public FakeClock Clock => Sandbox.Clock;

    /// <summary>The vendor's address on the sandbox.</summary>
    public Uri BaseAddress => Server.BaseAddressOf(Vendor.PathPrefix);

    public T Get<T>()
        where T : notnull => Sandbox.Get<T>();

    public ValueTask DisposeAsync() => Sandbox.DisposeAsync();
}
