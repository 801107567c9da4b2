using Connectors.SmartAdvocate.Dialer;
using Connectors.SmartAdvocate.Models;

using NodaTime;

namespace Connectors.SmartAdvocate.Tests;

public class DialerMapperTests
{
    private static readonly DateTimeZone NewYork = DateTimeZoneProviders.Tzdb["America/New_York"];

    [Fact]
    public void A_dial_time_at_the_edge_of_the_calendar_reads_as_no_dial_time_instead_of_failing()
    {
        var record = new SmartAdvocateDialerCaseRecord { CaseId = 7, DialDateTime = LocalDateTime.MaxIsoValue };

        var mapped = DialerMapper.ToCase(record, NewYork);

        Assert.Equal(7, mapped.CaseId);
        Assert.Null(mapped.DialAt);
    }

    [Fact]
    public void An_ordinary_dial_time_is_read_in_the_dialer_zone()
    {
        var record = new SmartAdvocateDialerCaseRecord { CaseId = 8, DialDateTime = new LocalDateTime(2026, 11, 24, 10, 0) };

        var mapped = DialerMapper.ToCase(record, NewYork);

        Assert.Equal(Instant.FromUtc(2026, 11, 24, 15, 0), mapped.DialAt);
    }
}
