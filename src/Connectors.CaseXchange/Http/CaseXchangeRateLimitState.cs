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

    /// <summary>
    /// Records the headers; false when the reset is past any time (beyond the year 9999 as Unix seconds), which the
    /// caller turns into the SDK's format exception. Missing or unreadable headers are ignored, as before.
    /// </summary>
    public bool TryObserve(HttpResponseHeaders headers)
    {
        if (Read(headers, "X-RateLimit-Remaining") is not 0 || Read(headers, "X-RateLimit-Reset") is not { } reset)
        {
            return true;
        }

        var now = time.GetUtcNow();
        DateTimeOffset until;
        if (reset > 1_000_000_000)
        {
            if (reset > LatestUnixSeconds)
            {
                return false;
            }

            until = DateTimeOffset.FromUnixTimeSeconds(reset);
        }
        else
        {
            // At most about 31 years ahead: representable unless the clock itself is near the year 9999.
            until = now.UtcTicks + (reset * TimeSpan.TicksPerSecond) <= DateTimeOffset.MaxValue.UtcTicks
                ? now.AddSeconds(reset)
                : DateTimeOffset.MaxValue;
        }

        if (until > now)
        {
            Interlocked.Exchange(ref _pauseUntilTicks, until.UtcTicks);
        }

        return true;
    }

    // 9999-12-31T23:59:59Z, the last second DateTimeOffset holds.
    private const long LatestUnixSeconds = 253_402_300_799;

    private static long? Read(HttpResponseHeaders headers, string name) =>
        headers.TryGetValues(name, out var values)
        && long.TryParse(values.FirstOrDefault(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value)
        && value >= 0
            ? value
            : null;
}
