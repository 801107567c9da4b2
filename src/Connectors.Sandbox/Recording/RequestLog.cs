using System.Collections.Concurrent;

namespace Connectors.Sandbox.Recording;

/// <summary>
/// Every request the sandbox received, as method and path (no query, no headers, no body), so a test can count how often
/// a write was sent, not only how often it was applied. Thread-safe.
/// </summary>
public sealed class RequestLog
{
    private readonly ConcurrentQueue<(string Method, string Path)> _requests = new();

    /// <summary>Records one request.</summary>
    public void Add(string method, string path) => _requests.Enqueue((method, path));

    /// <summary>How many requests with <paramref name="method"/> went to a path starting with <paramref name="pathPrefix"/>.</summary>
    public int Count(string method, string pathPrefix) =>
        _requests.Count(r => string.Equals(
            r.Method,
            method,
            StringComparison.OrdinalIgnoreCase) && r.Path.StartsWith(pathPrefix, StringComparison.OrdinalIgnoreCase));
}
