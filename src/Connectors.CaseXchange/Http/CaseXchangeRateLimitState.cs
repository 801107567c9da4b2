using System.Globalization;
using System.Net.Http.Headers;

namespace Connectors.CaseXchange.Http;

/// <summary>
/// What the last answer said of the key's rate limit. When <c>X-RateLimit-Remaining</c> reaches zero, requests wait
/// until <c>X-RateLimit-Reset</c> instead of spending a request on a 429. The header names after
/// <c>X-RateLimit-Limit</c> and the reset's unit are modelled: a value above 10^9 is read as Unix seconds, a smaller
/// one as seconds from now.
/// </summary>
internal sealed class CaseXchangeRateLimitState(TimeProvider time)
{
    private long _pauseUntilTicks;

    /// <summary>The longest wait before a request; past it, the request goes and a 429 is handled by the retry policy.</summary>
    public TimeSpan MaxWait { get; init; } = TimeSpan.FromSeconds(60);

    public TimeSpan DelayBeforeNextRequest()
    {
        var until = Interlocked.Read(ref _pauseUntilTicks);
        var now = time.GetUtcNow().UtcTicks;
        if (until <= now)
        {
            return TimeSpan.Zero;
        }

        var wait = TimeSpan.FromTicks(until - now);
        return wait > MaxWait ? MaxWait : wait;
    }

    public void Observe(HttpResponseHeaders headers)
    {
        if (Read(headers, "X-RateLimit-Remaining") is not 0 || Read(headers, "X-RateLimit-Reset") is not { } reset)
        {
            return;
        }

        var now = time.GetUtcNow();
        var until = reset > 1_000_000_000 ? DateTimeOffset.FromUnixTimeSeconds(reset) : now.AddSeconds(reset);
        if (until > now)
        {
            Interlocked.Exchange(ref _pauseUntilTicks, until.UtcTicks);
        }
    }

    private static long? Read(HttpResponseHeaders headers, string name) =>
        headers.TryGetValues(name, out var values)
        && long.TryParse(values.FirstOrDefault(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value)
        && value >= 0
            ? value
            : null;
}
