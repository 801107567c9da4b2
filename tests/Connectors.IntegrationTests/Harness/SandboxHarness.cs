using Connectors.Sandbox;

using Microsoft.Extensions.DependencyInjection;

using NodaTime;
using NodaTime.Testing;

namespace Connectors.IntegrationTests.Harness;

/// <summary>
/// The one way an integration test meets a vendor: a <see cref="SandboxServer"/> on loopback serving the given vendor
/// sandboxes, a connector registered against it through the real DI pipeline, and one <see cref="FakeClock"/> shared
/// by both (registered as <see cref="IClock"/>), so a test can let tokens expire or edits happen later.
/// </summary>
internal sealed class SandboxHarness : IAsyncDisposable
{
    private readonly Func<IServiceCollection, SandboxServer, IHttpClientBuilder> _connect;
    private readonly SandboxHarnessOptions _options;

    private SandboxHarness(
        SandboxServer server,
        FakeClock clock,
        Func<IServiceCollection, SandboxServer, IHttpClientBuilder> connect,
        SandboxHarnessOptions options)
    {
        Server = server;
        Clock = clock;
        _connect = connect;
        _options = options;
        Services = Connect();
    }

    public SandboxServer Server { get; }

    /// <summary>The services of the connector under test.</summary>
    public ServiceProvider Services { get; }

    public FakeClock Clock { get; }

    /// <summary>Starts the sandbox and registers the connector.</summary>
    /// <param name="vendors">The vendor sandboxes to serve.</param>
    /// <param name="start">Where the clock starts unless <paramref name="options"/> says otherwise.</param>
    /// <param name="connect">Registers the connector against the running server; returns its API client's builder.</param>
    /// <param name="options">Clock, faults, idempotency and extra registrations.</param>
    /// <param name="cancellationToken">Cancels the start.</param>
    public static async Task<SandboxHarness> StartAsync(
        IReadOnlyList<ISandboxVendor> vendors,
        Instant start,
        Func<IServiceCollection, SandboxServer, IHttpClientBuilder> connect,
        SandboxHarnessOptions? options,
        CancellationToken cancellationToken = default)
    {
        options ??= new SandboxHarnessOptions();
        var clock = new FakeClock(options.Start ?? start);
        var server = await SandboxServer.StartAsync(
            new SandboxOptions
            {
                Vendors = vendors,
                Clock = clock,
                FaultSeed = options.FaultSeed,
                IgnoreIdempotencyKeys = options.IgnoreIdempotencyKeys,
            },
            cancellationToken);
        return new SandboxHarness(server, clock, connect, options);
    }

    /// <summary>
    /// Another set of the connector's services against the same sandbox and clock, as a second process would build it;
    /// <paramref name="before"/> registers what it shares with this one (a durable store, say). The caller disposes it.
    /// </summary>
    public ServiceProvider Connect(Action<IServiceCollection>? before = null)
    {
        var services = new ServiceCollection();
        services.AddSingleton<IClock>(Clock);
        before?.Invoke(services);
        var client = _connect(services, Server);
        _options.Pipeline?.Invoke(client);
        _options.Register?.Invoke(services);
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });
    }

    public T Get<T>()
        where T : notnull => Services.GetRequiredService<T>();

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        await Server.DisposeAsync();
    }
}
