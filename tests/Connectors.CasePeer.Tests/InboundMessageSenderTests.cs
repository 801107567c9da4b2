using Connectors.CasePeer.Messages;

using Microsoft.Extensions.DependencyInjection;

namespace Connectors.CasePeer.Tests;

/// <summary>A message read back from CASEpeer keeps who sent it (issue 16, point 3).</summary>
public class InboundMessageSenderTests
{
    [Fact]
    public void A_message_sent_from_CASEpeer_keeps_its_senders_email()
    {
        using var casePeer = new MockCasePeer();
        var messages = casePeer.Services.GetRequiredService<CasePeerMessages>();

        var message = messages.ParseFromCasePeer(
            """{"id": 8, "case_id": 1042, "message": " Please call me ", "sender_email": " a.reyes@firm.example "}""");

        Assert.NotNull(message);
        Assert.Equal(("Please call me", "a.reyes@firm.example"), (message.Text, message.Sender));
        Assert.DoesNotContain("a.reyes", message.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_message_without_a_sender_has_none()
    {
        using var casePeer = new MockCasePeer();

        var message = casePeer.Services.GetRequiredService<CasePeerMessages>()
            .ParseFromCasePeer("""{"id": 9, "case_id": 1042, "message": "Hello"}""");

        Assert.Null(message!.Sender);
    }
}
