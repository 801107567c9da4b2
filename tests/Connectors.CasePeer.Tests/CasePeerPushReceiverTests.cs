using Connectors.CasePeer.Push;
using Connectors.Core.Http;
using Connectors.Core.Validation;

using NodaTime;
using NodaTime.Testing;

namespace Connectors.CasePeer.Tests;

public class CasePeerPushReceiverTests
{
    private const string PlatformKey = "platform-key-for-firm";
    private static readonly CasePeerPushReceiver Receiver =
        new(PlatformKey, ["a.reyes@firm.example"], new FakeClock(Instant.FromUtc(2026, 11, 24, 15, 0)));

    [Fact]
    public void A_complete_push_becomes_a_connected_eligible_source_case()
    {
        var result = Receiver.Receive(PlatformKey, """
            {"case_id": 1042, "case_name": "Brooks v. Insurer", "case_type": "Personal Injury", "status": "Intake",
             "attorney_email": "A.Reyes@firm.example", "client_first_name": "Femi", "client_last_name": "Brooks",
             "client_cell_phone": "(402) 320-5759"}
            """);

        Assert.True(result.IsValid);
        Assert.Equal("1042", result.Case!.Key.SourceId);
        Assert.True(result.Case.IsConnected && result.Case.IsEligible);
        Assert.Equal("+14023205759", result.Case.Client.Phone!.E164);
    }

    [Fact]
    public void Every_problem_is_reported_at_once()
    {
        var result = Receiver.Receive(
            PlatformKey,
            """{"case_id": 7, "attorney_email": "nobody@else.example", "client_first_name": "Femi", "client_cell_phone": "12"}""");

        Assert.False(result.IsValid);
        Assert.Equal(
            [ValidationProblemCode.AttorneyNotKnown, ValidationProblemCode.LastNameMissing, ValidationProblemCode.PhoneInvalid],
            result.Problems.Select(p => p.Code));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("platform-key-for-firX")]
    [InlineData("platform-key-for-firm-and-more")]
    public void A_missing_or_wrong_key_is_refused_without_showing_any_key(string? presented)
    {
        var error = Assert.Throws<ConnectorAuthenticationException>(() => Receiver.Receive(presented, """{"case_id": 1}"""));

        Assert.DoesNotContain(PlatformKey, error.Message, StringComparison.Ordinal);
        if (!string.IsNullOrEmpty(presented))
        {
            Assert.DoesNotContain(presented, error.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_body_that_is_not_a_case_is_a_validation_error()
    {
        Assert.Throws<ConnectorValidationException>(() => Receiver.Receive(PlatformKey, "{not json"));
    }
}
