using System.Threading.RateLimiting;

namespace Connectors.MyCase.Http;

/// <summary>
/// The client-side limit of <see cref="MyCaseOptions.RequestsPerSecond"/> (MyCase allows 25 per client), shared by
/// every request of one registration, queueing rather than failing. Requests are paced one permit at a time, a little
/// over <c>1 s / RequestsPerSecond</c> apart, so no second, however the server slides its window, holds more than the
/// limit: a bucket that refills a whole second's worth at once lets the end of one second and the start of the next
/// add up to twice the limit, and each 429 then costs a full <c>Retry-After</c>. A 429 that still happens is retried
/// by the resilience pipeline after <c>Retry-After</c>.
/// </summary>
internal sealed class MyCaseRateLimiter : IDisposable
{
    public MyCaseRateLimiter(MyCaseSettings options)
        : this(options.Current.RequestsPerSecond)
    {
    }

    internal MyCaseRateLimiter(int requestsPerSecond)
    {
        Limiter = new TokenBucketRateLimiter(new TokenBucketRateLimiterOptions
        {
            TokenLimit = 1,
            TokensPerPeriod = 1,
            ReplenishmentPeriod = Spacing(requestsPerSecond),
            QueueLimit = int.MaxValue,
            QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
            AutoReplenishment = true,
        });
    }

    public RateLimiter Limiter { get; }

    /// <summary>The gap between two permits: a second divided by the limit, plus a millisecond of margin.</summary>
    internal static TimeSpan Spacing(int requestsPerSecond) =>
        TimeSpan.FromTicks(TimeSpan.TicksPerSecond / Math.Max(1, requestsPerSecond)) + TimeSpan.FromMilliseconds(1);

    public void Dispose() => Limiter.Dispose();
}
