using System.Threading.RateLimiting;

namespace Connectors.MyCase.Http;

/// <summary>
/// The client-side limit of <see cref="MyCaseOptions.RequestsPerSecond"/> (MyCase allows 25 per client): a token
/// bucket shared by every request of one registration, queueing rather than failing. A 429 that still happens (the
/// server counts its own seconds) is retried by the resilience pipeline after <c>Retry-After</c>.
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
            TokenLimit = requestsPerSecond,
            TokensPerPeriod = requestsPerSecond,
            ReplenishmentPeriod = TimeSpan.FromSeconds(1),
            QueueLimit = int.MaxValue,
            QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
            AutoReplenishment = true,
        });
    }

    public RateLimiter Limiter { get; }

    public void Dispose() => Limiter.Dispose();
}
