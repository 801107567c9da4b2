using Connectors.SmartAdvocate.Serialization;

namespace Connectors.SmartAdvocate.Tests;

public class LenientInstantEdgeTests
{
    [Theory]
    [InlineData("9999-12-31T23:59:59.9999999-05:00")]
    public void A_date_with_no_instant_is_unreadable_rather_than_an_overflow(string text)
    {
        Assert.False(LenientInstantConverter.TryParse(text, out _));
    }

    [Fact]
    public void An_ordinary_offset_date_still_reads()
    {
        Assert.True(LenientInstantConverter.TryParse("2026-11-24T10:00:00-05:00", out var instant));
        Assert.Equal(NodaTime.Instant.FromUtc(2026, 11, 24, 15, 0), instant);
    }
}
