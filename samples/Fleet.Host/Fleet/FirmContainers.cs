using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

using NodaTime;

namespace Fleet.Host.Fleet;

/// <summary>
/// Each firm's connector services (its keyed connector: options, HTTP clients and their resilience pipelines, rate
/// limit, token cache) live in a small container of their own, built when the firm is needed and disposed when its run
/// ends (<see cref="Hold"/>), so a node holds the services of the firms running at once, not of the whole fleet.
/// The host resolves a firm's services by its key as before (<see cref="FleetConnectors"/> forwards them here). The
/// firm container shares the node's database, clock, logging and connection pool. A container built outside a lease
/// (a test, a tool resolving a firm's writer) is kept for the node's life.
/// </summary>
public sealed class FirmContainers(IServiceProvider host, IReadOnlyDictionary<string, Action<IServiceCollection>> firms) : IAsyncDisposable
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, Entry> _containers = new(StringComparer.Ordinal);

    /// <summary>Containers alive now (leased or kept): bounded by the firms running at once.</summary>
    public int Alive
    {
        get
        {
            lock (_gate)
            {
                return _containers.Count;
            }
        }
    }

    /// <summary>The firm's container: the leased one, or one built and kept.</summary>
    public IServiceProvider For(string firmKey)
    {
        lock (_gate)
        {
            return Open(firmKey, lease: false).Services;
        }
    }

    /// <summary>True when <paramref name="firmKey"/> is one of the node's firms.</summary>
    public bool Knows(string firmKey) => firms.ContainsKey(firmKey);

    /// <summary>Holds the firm's container until the result is disposed; the last lease of a container it built disposes it.</summary>
    public Lease Hold(string firmKey)
    {
        lock (_gate)
        {
            Open(firmKey, lease: true).Leases++;
            return new Lease(this, firmKey);
        }
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        List<Entry> all;
        lock (_gate)
        {
            all = [.. _containers.Values];
            _containers.Clear();
        }

        foreach (var entry in all)
        {
            await entry.Services.DisposeAsync().ConfigureAwait(false);
        }
    }

    private Entry Open(string firmKey, bool lease)
    {
        if (_containers.TryGetValue(firmKey, out var entry))
        {
            return entry;
        }

        var register = firms.TryGetValue(firmKey, out var found)
            ? found
            : throw new InvalidOperationException($"Firm {firmKey} has no connector registration.");
        var services = new ServiceCollection();
        // Shared with the host, as instances (the firm's container does not dispose them), and registered before the
        // connector so its TryAdd defaults do not replace them.
        services.AddSingleton(host.GetService<ILoggerFactory>() ?? NullLoggerFactory.Instance);
        services.AddSingleton(typeof(ILogger<>), typeof(Logger<>));
        services.AddSingleton(host.GetService<IClock>() ?? SystemClock.Instance);
        services.AddSingleton(host.GetRequiredService<SharedConnectionPool>());
        if (host.GetService<Database.FleetDatabase>() is { } database)
        {
            services.AddSingleton(database);
        }

        register(services);
        entry = new Entry(services.BuildServiceProvider(), Kept: !lease);
        _containers[firmKey] = entry;
        return entry;
    }

    private async ValueTask ReleaseAsync(string firmKey)
    {
        ServiceProvider? done = null;
        lock (_gate)
        {
            if (_containers.TryGetValue(firmKey, out var entry) && --entry.Leases == 0 && !entry.Kept)
            {
                _containers.Remove(firmKey);
                done = entry.Services;
            }
        }

        if (done is not null)
        {
            await done.DisposeAsync().ConfigureAwait(false);
        }
    }

    /// <summary>A firm's container held for one run.</summary>
    public sealed class Lease(FirmContainers? owner, string firmKey) : IAsyncDisposable
    {
        private int _released;

        /// <summary>No lease: for a host whose firms have no containers (test doubles).</summary>
        public static Lease None { get; } = new(null, string.Empty);

        /// <summary>Releases the container (disposing it when this was its last lease and the lease built it).</summary>
        public ValueTask DisposeAsync() =>
            owner is not null && Interlocked.Exchange(ref _released, 1) == 0 ? owner.ReleaseAsync(firmKey) : ValueTask.CompletedTask;
    }

    private sealed record Entry(ServiceProvider Services, bool Kept)
    {
        public int Leases { get; set; }
    }
}
