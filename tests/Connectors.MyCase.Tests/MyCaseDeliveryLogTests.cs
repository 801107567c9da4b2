using Connectors.MyCase.Webhooks;

using NodaTime;

namespace Connectors.MyCase.Tests;

public class MyCaseDeliveryLogTests
{
    private static readonly Instant Now = Instant.FromUtc(2026, 11, 25, 2, 0);
    private static readonly Duration Window = Duration.FromHours(24);

    [Fact]
    public void A_delivery_is_a_repeat_within_the_window_and_news_after_it()
    {
        var log = new MyCaseDeliveryLog();

        Assert.True(log.TryBegin("a", Now, Window, 10));
        Assert.False(log.TryBegin("a", Now + Duration.FromHours(23), Window, 10));
        Assert.True(log.TryBegin("a", Now + Window, Window, 10));
    }

    [Fact]
    public void The_log_never_holds_more_than_its_capacity_and_forgets_the_oldest_first()
    {
        var log = new MyCaseDeliveryLog();
        for (var i = 0; i < 1000; i++)
        {
            Assert.True(log.TryBegin($"d{i}", Now + Duration.FromSeconds(i), Window, 100));
        }

        Assert.Equal(100, log.Count);
        Assert.False(log.TryBegin("d999", Now + Duration.FromSeconds(1000), Window, 100)); // recent: remembered
        Assert.True(log.TryBegin("d0", Now + Duration.FromSeconds(1001), Window, 100));    // oldest: forgotten
    }

    [Fact]
    public void An_abandoned_delivery_is_forgotten_so_its_retry_is_taken_on()
    {
        var log = new MyCaseDeliveryLog();
        Assert.True(log.TryBegin("a", Now, Window, 10));

        log.Abandon("a", Now);

        Assert.True(log.TryBegin("a", Now + Duration.FromSeconds(5), Window, 10));
    }
}
