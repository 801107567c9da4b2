namespace Fleet.Host.Fleet;

/// <summary>
/// One HTTP connection pool for every firm of the node. Each firm keeps its own keyed HTTP clients (rate limit, tokens,
/// retries), but by default each of those would have its own primary handler and so its own pool of idle connections,
/// kept until the handler expires: a node's sockets and buffers would grow with the fleet, not with the firms running at
/// once. Here every firm's clients send through one <see cref="SocketsHttpHandler"/>, whose open connections are bounded
/// by the requests in flight (the firms running at once). No cookies, so nothing of one firm's session can reach
/// another's requests (the vendors' credentials travel in headers); no redirects, as the connectors require.
/// </summary>
public sealed class SharedConnectionPool : IDisposable
{
    private readonly SocketsHttpHandler _handler = new()
    {
        AllowAutoRedirect = false,
        UseCookies = false,
        PooledConnectionIdleTimeout = TimeSpan.FromSeconds(30),
        PooledConnectionLifetime = TimeSpan.FromMinutes(5), // DNS changes are picked up, as the client factory's handler rotation would
    };

    private readonly HttpMessageInvoker _invoker;

    /// <summary>Creates the node's pool.</summary>
    public SharedConnectionPool() => _invoker = new HttpMessageInvoker(_handler, disposeHandler: false);

    /// <summary>A primary handler for one HTTP client that sends through the shared pool; disposing it leaves the pool open.</summary>
    public HttpMessageHandler CreateHandler() => new PoolHandler(_invoker);

    /// <inheritdoc />
    public void Dispose()
    {
        _invoker.Dispose();
        _handler.Dispose();
    }

    // The client factory disposes a client's handler chain when it expires: this end of the chain owns nothing to dispose.
    private sealed class PoolHandler(HttpMessageInvoker pool) : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
            pool.SendAsync(request, cancellationToken);
    }
}
