using System.Net.Http.Headers;

namespace Connectors.Shared;

/// <summary>
/// <c>Retry-After</c> in both of its forms, as every connector reads it: delta seconds, or an HTTP-date taken relative to
/// now (a date in the past means "now"). The same rule the resilience pipeline's retry follows.
/// </summary>
internal static class RetryAfterHeader
{
    /// <summary>How long the vendor asked to wait, or null when it did not say (or said something unreadable).</summary>
    public static TimeSpan? Read(HttpResponseHeaders? headers, TimeProvider time) => headers?.RetryAfter switch
    {
        { Delta: { } delta } => delta < TimeSpan.Zero ? TimeSpan.Zero : delta,
        { Date: { } date } => date - time.GetUtcNow() is var wait && wait > TimeSpan.Zero ? wait : TimeSpan.Zero,
        _ => null,
    };
}
