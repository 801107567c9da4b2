using System.Net;
using System.Net.Http;

using Connectors.Core.Http;
using Connectors.Shared;

namespace Connectors.Core.Tests.Http;

/// <summary>The write-safety block: a write is sent again only where a repeat cannot apply it twice.</summary>
public class SafeWriteTests
{
    private static ConnectorApiException Dropped() =>
        new("POST /notes", null, "the connection dropped after sending", new HttpRequestException("reset", null));

    private static ConnectorApiException ServerError() => new("POST /notes", HttpStatusCode.InternalServerError, "server error");

    [Fact]
    public async Task A_lost_answer_with_nothing_to_look_it_up_ends_in_WriteOutcomeUnknownException_after_one_send()
    {
        var sends = 0;
        var write = new SafeWrite<int>
        {
            Operation = "POST /notes",
            Send = _ => { sends++; throw Dropped(); },
            Repeat = WriteRepeat.AfterErrorAnswer,
            Recovery = "Look for note #abc.",
        };

        var error = await Assert.ThrowsAsync<WriteOutcomeUnknownException>(() => RepeatableWrite.SendAsync(write, CancellationToken.None));

        Assert.Equal(1, sends);
        Assert.Equal("POST /notes", error.Endpoint);
        Assert.Contains("POST /notes", error.Message, StringComparison.Ordinal);
        Assert.Contains("Look for note #abc.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_server_error_on_a_keyed_write_is_sent_again_and_ends_unknown_when_every_attempt_fails()
    {
        var sends = 0;
        var write = new SafeWrite<int>
        {
            Operation = "POST /notes",
            Send = _ => { sends++; throw ServerError(); },
            Repeat = WriteRepeat.AfterErrorAnswer,
            Attempts = 3,
        };

        await Assert.ThrowsAsync<WriteOutcomeUnknownException>(() => RepeatableWrite.SendAsync(write, CancellationToken.None));

        Assert.Equal(3, sends);
    }

    [Fact]
    public async Task A_lost_answer_is_looked_up_and_the_applied_result_returned_without_a_resend()
    {
        var sends = 0;
        var write = new SafeWrite<string>
        {
            Operation = "POST /notes",
            Send = _ => { sends++; throw Dropped(); },
            FindApplied = _ => Task.FromResult<string?>("note 7"),
        };

        Assert.Equal("note 7", await RepeatableWrite.SendAsync(write, CancellationToken.None));
        Assert.Equal(1, sends);
    }

    [Fact]
    public async Task A_lost_answer_looked_up_and_not_found_is_sent_again()
    {
        var sends = 0;
        var write = new SafeWrite<string>
        {
            Operation = "POST /notes",
            Send = _ => ++sends == 1 ? throw Dropped() : Task.FromResult("note 8"),
            FindApplied = _ => Task.FromResult<string?>(null),
        };

        Assert.Equal("note 8", await RepeatableWrite.SendAsync(write, CancellationToken.None));
        Assert.Equal(2, sends);
    }

    [Fact]
    public async Task A_lost_answer_whose_look_up_fails_ends_in_WriteOutcomeUnknownException()
    {
        var write = new SafeWrite<string>
        {
            Operation = "POST /notes",
            Send = _ => throw Dropped(),
            FindApplied = _ => throw new ConnectorApiException("GET /notes", HttpStatusCode.BadGateway, "bad gateway"),
            Repeat = WriteRepeat.Always,
        };

        var error = await Assert.ThrowsAsync<WriteOutcomeUnknownException>(() => RepeatableWrite.SendAsync(write, CancellationToken.None));

        Assert.Contains("looking for it failed", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_rate_limited_write_is_sent_again_whatever_its_repeat_rule()
    {
        var sends = 0;
        var write = new SafeWrite<int>
        {
            Operation = "POST /notes",
            Send = _ =>
                ++sends == 1
                    ? throw new ConnectorRateLimitedException("POST /notes", HttpStatusCode.TooManyRequests, "slow down")
                        : Task.FromResult(1),
        };

        Assert.Equal(1, await RepeatableWrite.SendAsync(write, CancellationToken.None));
        Assert.Equal(2, sends);
    }

    [Fact]
    public async Task A_refusal_is_passed_on_at_once()
    {
        var sends = 0;
        var refusal = new ConnectorApiException("POST /notes", HttpStatusCode.BadRequest, "bad");
        var write = new SafeWrite<int>
        {
            Operation = "POST /notes",
            Send = _ => { sends++; throw refusal; },
            Repeat = WriteRepeat.Always,
            FindApplied = _ => Task.FromResult(1),
        };

        Assert.Same(
            refusal,
            await Assert.ThrowsAsync<ConnectorApiException>(() => RepeatableWrite.SendAsync(write, CancellationToken.None)));
        Assert.Equal(1, sends);
    }

    [Fact]
    public async Task An_absolute_write_that_never_gets_an_answer_ends_unknown_after_every_attempt()
    {
        var sends = 0;

        await Assert.ThrowsAsync<WriteOutcomeUnknownException>(() => RepeatableWrite.SendAsync<int>(
            3,
            _ => { sends++; throw Dropped(); },
            CancellationToken.None));

        Assert.Equal(3, sends);
    }
    [Fact]
    public async Task A_lost_answer_whose_look_can_miss_it_ends_unknown_without_a_resend_when_the_look_finds_nothing()
    {
        var sends = 0;
        var looks = 0;
        var write = new SafeWrite<bool>
        {
            Operation = "POST /notes-by-phone",
            Send = _ => { sends++; throw Dropped(); },
            FindApplied = _ => { looks++; return Task.FromResult(false); },
            NotFoundMeansNotApplied = false,
            Attempts = 3,
        };

        var error = await Assert.ThrowsAsync<WriteOutcomeUnknownException>(() => RepeatableWrite.SendAsync(write, CancellationToken.None));

        Assert.Equal((1, 1), (sends, looks));
        Assert.Contains("found nothing", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_lost_answer_whose_look_can_miss_it_succeeds_when_the_look_finds_it()
    {
        var sends = 0;
        var write = new SafeWrite<bool>
        {
            Operation = "POST /notes-by-phone",
            Send = _ => { sends++; throw ServerError(); },
            FindApplied = _ => Task.FromResult(true),
            NotFoundMeansNotApplied = false,
        };

        Assert.True(await RepeatableWrite.SendAsync(write, CancellationToken.None));
        Assert.Equal(1, sends);
    }

    [Fact]
    public async Task An_unreadable_answer_is_passed_on_unless_the_write_counts_it_as_lost()
    {
        var unreadable = new ConnectorResponseFormatException("POST /take", HttpStatusCode.OK, "malformed JSON");
        var plain = new SafeWrite<int> { Operation = "POST /take", Send = _ => throw unreadable, Attempts = 3 };
        var lost = new SafeWrite<int>
        {
            Operation = "POST /take",
            Send = _ => throw unreadable,
            Attempts = 3,
            UnreadableAnswerIsLost = true,
            Recovery = "Reset the taken cases.",
        };

        Assert.Same(
            unreadable,
            await Assert.ThrowsAsync<ConnectorResponseFormatException>(() => RepeatableWrite.SendAsync(plain, CancellationToken.None)));
        var error = await Assert.ThrowsAsync<WriteOutcomeUnknownException>(() => RepeatableWrite.SendAsync(lost, CancellationToken.None));
        Assert.Same(unreadable, error.InnerException);
        Assert.Contains("Reset the taken cases.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_read_with_its_own_attempts_is_made_again_after_an_unreadable_answer_and_its_last_failure_passed_on()
    {
        var reads = 0;
        var unreadable = new ConnectorResponseFormatException("POST /cases", HttpStatusCode.OK, "malformed JSON");

        var error = await Assert.ThrowsAsync<ConnectorResponseFormatException>(() =>
            RepeatableRead.RunAsync<int>(2, TimeSpan.Zero, _ => { reads++; throw unreadable; }, CancellationToken.None));
        var refused = await Assert.ThrowsAsync<ConnectorApiException>(() =>
            RepeatableRead.RunAsync<int>(
                5,
                TimeSpan.Zero,
                _ => { reads++; throw new ConnectorApiException("POST /cases", HttpStatusCode.BadRequest, "bad"); },
                CancellationToken.None));

        Assert.Same(unreadable, error);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal(3, reads); // two reads, then one refused read that is not made again
    }
}
