using System.Net;

using Connectors.Core.Http;
using Connectors.Shared;

namespace Connectors.Core.Tests.Http;

public class RepeatableWriteTests
{
    [Theory]
    [InlineData(null)]
    [InlineData(HttpStatusCode.BadGateway)]
    public async Task A_write_whose_outcome_is_unknown_is_sent_once_and_passed_on(HttpStatusCode? status)
    {
        // Without a status or with a 5xx, a plain ConnectorApiException would be sent again: this one must not be.
        var sends = 0;
        var unknown = new WriteOutcomeUnknownException("POST /notes", status, "may have been applied");

        var thrown = await Assert.ThrowsAsync<WriteOutcomeUnknownException>(() => RepeatableWrite.SendAsync<int>(3, _ =>
        {
            sends++;
            throw unknown;
        }, CancellationToken.None));

        Assert.Same(unknown, thrown);
        Assert.Equal(1, sends);
    }

    [Fact]
    public async Task A_write_that_got_no_answer_is_sent_again_until_it_succeeds()
    {
        var sends = 0;

        var result = await RepeatableWrite.SendAsync(3, _ =>
        {
            sends++;
            return sends < 3 ? throw new ConnectorApiException("POST /notes", null, "connection dropped") : Task.FromResult(42);
        }, CancellationToken.None);

        Assert.Equal((42, 3), (result, sends));
    }

    [Theory]
    [InlineData(null)]
    [InlineData(HttpStatusCode.ServiceUnavailable)]
    public void An_unknown_outcome_is_never_worth_repeating_nor_rereading_whatever_its_status(HttpStatusCode? status)
    {
        var unknown = new WriteOutcomeUnknownException("POST /notes", status, "may have been applied");
        var sameStatus = new ConnectorApiException("POST /notes", status, "no answer");

        Assert.Equal(
            (true, true, false, false),
            (RepeatableWrite.IsWorthRepeating(sameStatus), RepeatableRead.IsWorthRereading(sameStatus),
             RepeatableWrite.IsWorthRepeating(unknown), RepeatableRead.IsWorthRereading(unknown)));
    }

    [Fact]
    public async Task A_read_wrapping_a_write_whose_outcome_is_unknown_is_made_once()
    {
        var calls = 0;

        await Assert.ThrowsAsync<WriteOutcomeUnknownException>(() => RepeatableRead.RunAsync<int>(_ =>
        {
            calls++;
            throw new WriteOutcomeUnknownException("POST /cases/claim", null, "cases may have moved");
        }, CancellationToken.None));

        Assert.Equal(1, calls);
    }
}
