using System.Net.Http.Headers;

using Connectors.CaseXchange.Http;

namespace Connectors.CaseXchange.Tests;

public sealed class RateLimitStateTests
{
    private sealed class ManualTime(DateTimeOffset now) : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = now;

        public override DateTimeOffset GetUtcNow() => Now;
    }

    private static readonly DateTimeOffset Start = new(2026, 11, 25, 8, 0, 0, TimeSpan.Zero);

    private static HttpResponseHeaders Headers(string remaining, string reset)
    {
        using var response = new HttpResponseMessage();
        response.Headers.Add("X-RateLimit-Remaining", remaining);
        response.Headers.Add("X-RateLimit-Reset", reset);
        return response.Headers;
    }

    [Fact]
    public void An_exhausted_limit_pauses_until_the_reset_in_seconds()
    {
        var time = new ManualTime(Start);
        var state = new CaseXchangeRateLimitState(time);

        Assert.True(state.TryObserve(Headers("0", "30")));

        Assert.Equal(TimeSpan.FromSeconds(30), state.DelayBeforeNextRequest());
        time.Now = Start.AddSeconds(31);
        Assert.Equal(TimeSpan.Zero, state.DelayBeforeNextRequest());
    }

    [Fact]
    public void A_reset_given_as_unix_seconds_is_read_as_an_instant()
    {
        var time = new ManualTime(Start);
        var state = new CaseXchangeRateLimitState(time);

        var reset = Start.AddSeconds(12).ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(state.TryObserve(Headers("0", reset)));

        Assert.Equal(TimeSpan.FromSeconds(12), state.DelayBeforeNextRequest());
    }

    [Theory]
    [InlineData("5", "30")]
    [InlineData("0", "soon")]
    [InlineData("-1", "30")]
    public void Remaining_requests_or_unreadable_headers_do_not_pause(string remaining, string reset)
    {
        var state = new CaseXchangeRateLimitState(new ManualTime(Start));

        Assert.True(state.TryObserve(Headers(remaining, reset)));

        Assert.Equal(TimeSpan.Zero, state.DelayBeforeNextRequest());
    }

    [Fact]
    public void A_far_reset_is_capped_so_a_bad_header_cannot_stall_the_client()
    {
        var state = new CaseXchangeRateLimitState(new ManualTime(Start)) { MaxWait = TimeSpan.FromSeconds(5) };

        Assert.True(state.TryObserve(Headers("0", "86400")));

        Assert.Equal(TimeSpan.FromSeconds(5), state.DelayBeforeNextRequest());
    }
}
