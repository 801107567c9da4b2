using System.Net;
using System.Text.Json.Nodes;

using Connectors.Core.Http;
using Connectors.Core.Model;
using Connectors.SmartAdvocate.Dialer;

using RichardSzalay.MockHttp;

namespace Connectors.SmartAdvocate.Tests;

public class DialerClientTests
{
    private const string Dialer = TestHost.Host + "/DialerAPI";

    [Fact]
    public async Task GetCasesToDial_posts_the_seed_parameters_with_the_api_key_and_reads_the_seed_answer()
    {
        using var host = new TestHost();
        host.Http.Expect(HttpMethod.Post, $"{Dialer}/GetCasesToDial")
            .WithHeaders("X-ApiKey", TestHost.ClientKey)
            .With(r => r.Headers.Authorization is null)
            .WithContent(TestHost.Fixture("dialer/get-cases-to-dial.request.json").Trim())
            .Respond("application/json", TestHost.Fixture("dialer/get-cases-to-dial.response.json"));

        var cases = await host.Dialer.GetCasesToDialAsync(new DialerQuery { Campaign = "Intake follow-up", Records = 10 });

        host.Http.VerifyNoOutstandingExpectation();
        var dialerCase = Assert.Single(cases);
        Assert.Equal(6, dialerCase.CaseId);
        Assert.Equal("To Dial", dialerCase.DialerStatus);
        Assert.Equal("LIT 04 - Answer Received", dialerCase.CaseStatus);
        Assert.Equal("Intake follow-up", dialerCase.Campaign);
        Assert.Equal(1, dialerCase.Attempts);
        Assert.Equal("68046", dialerCase.ZipCode);
        // 2020-07-28T23:02:00 in the firm's zone (New York, EDT, UTC-4).
        Assert.Equal(Instant.FromUtc(2020, 7, 29, 3, 2), dialerCase.DialAt);
        Assert.Collection(dialerCase.Phones,
            p =>
            {
                Assert.Equal("Cell", p.Name);
                Assert.Equal("+14025555759", p.Number.E164);
                Assert.True(p.IsPrimary);
                Assert.True(p.AcceptsTexts);
            },
            p =>
            {
                Assert.Equal("Home", p.Name);
                Assert.Equal("+14025551234", p.Number.E164);
                Assert.False(p.IsPrimary);
                Assert.False(p.AcceptsTexts);
            });
    }

    [Fact]
    public async Task The_api_key_goes_only_to_the_dialer_host()
    {
        using var host = new TestHost(o => o.DialerBaseAddress = new Uri("https://dialer.example-firm.com"));
        host.Http.Expect(HttpMethod.Post, "https://dialer.example-firm.com/DialerAPI/GetCasesToDial")
            .WithHeaders("X-ApiKey", TestHost.ClientKey)
            .Respond("application/json", "[]");

        var cases = await host.Dialer.GetCasesToDialAsync(new DialerQuery());

        Assert.Empty(cases);
        host.Http.VerifyNoOutstandingExpectation();
    }

    [Fact]
    public async Task UpdateCaseStatus_sends_one_array_with_local_next_calls_string_attempts_and_the_current_time_for_do_not_dial()
    {
        using var host = new TestHost();
        string? body = null;
        host.Http.Expect(HttpMethod.Post, $"{Dialer}/UpdateCaseStatus")
            .WithHeaders("X-ApiKey", TestHost.ClientKey)
            .With(r => { body = r.Content!.ReadAsStringAsync().Result; return true; })
            .Respond(HttpStatusCode.OK);

        await host.Dialer.UpdateCaseStatusAsync(
        [
            new DialerCaseUpdate(6, "To Dial", TestHost.Now + Duration.FromHours(1), 2, "Busy"),
            new DialerCaseUpdate(7, "Do not Dial", null, 3, "Successful"),
            new DialerCaseUpdate(8, Disposition: "No Answer"),
        ]);

        host.Http.VerifyNoOutstandingExpectation();
        // Now is 10:00 in New York: To Dial at 11:00 local, Do not Dial with the current time.
        var expected = TestHost.Fixture("dialer/update-case-status.request.json").Trim().Replace("10:30:00", "10:00:00");
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(expected), JsonNode.Parse(body!)), body);
    }

    [Theory]
    [InlineData("To Dial", null, "needs NextCall")]
    [InlineData("To Dial", -5, "not in the future")]
    [InlineData("To Dial", 0, "not in the future")]
    [InlineData("In the Dialer", 60, "current time")]
    [InlineData("do not dial", 60, "current time")]
    public async Task UpdateCaseStatus_refuses_a_next_call_that_breaks_the_rules_before_any_request(
        string status,
        int? minutesFromNow,
        string problem)
    {
        using var host = new TestHost();
        var any = host.Http.When("*").Respond(HttpStatusCode.OK);
        var next = minutesFromNow is { } m ? TestHost.Now + Duration.FromMinutes(m) : (Instant?)null;

        var error = await Assert.ThrowsAsync<ConnectorValidationException>(() =>
            host.Dialer.UpdateCaseStatusAsync([new DialerCaseUpdate(6, status, next)]));

        Assert.Contains(error.Problems, p => p.Contains(problem, StringComparison.Ordinal));
        Assert.Equal(0, host.Http.GetMatchCount(any));
    }

    [Fact]
    public async Task UpdateCaseStatus_lists_every_problem_and_sends_nothing()
    {
        using var host = new TestHost();
        var any = host.Http.When("*").Respond(HttpStatusCode.OK);

        var error = await Assert.ThrowsAsync<ConnectorValidationException>(() => host.Dialer.UpdateCaseStatusAsync(
        [
            new DialerCaseUpdate(0, Attempts: 21),
            new DialerCaseUpdate(5, "To Dial"),
            new DialerCaseUpdate(5, Attempts: -1),
        ]));

        Assert.Equal(5, error.Problems.Count);
        Assert.Equal("UpdateCaseStatus", error.Operation);
        Assert.Equal(0, host.Http.GetMatchCount(any));
    }

    [Fact]
    public async Task A_firms_own_status_value_is_passed_through()
    {
        using var host = new TestHost();
        host.Http.Expect(HttpMethod.Post, $"{Dialer}/UpdateCaseStatus")
            .WithContent("[{\"CaseID\":6,\"Status\":\"Callback Requested\",\"Disposition\":\"Left Voicemail\"}]")
            .Respond(HttpStatusCode.OK);

        await host.Dialer.UpdateCaseStatusAsync([new DialerCaseUpdate(6, "Callback Requested", Disposition: "Left Voicemail")]);

        host.Http.VerifyNoOutstandingExpectation();
    }

    [Fact]
    public async Task AddCaseNote_sends_the_seed_body_with_the_marker()
    {
        using var host = new TestHost();
        host.Http.Expect(HttpMethod.Post, $"{Dialer}/AddCaseNote")
            .WithHeaders("X-ApiKey", TestHost.ClientKey)
            .With(r => NoteBody(r, "{\"CaseID\":515512,\"Note\":\"[Connectors SDK #", "] Test case note\"}"))
            .Respond(HttpStatusCode.OK);

        await host.Dialer.AddCaseNoteAsync(515512, "Test case note");

        host.Http.VerifyNoOutstandingExpectation();
    }

    [Fact]
    public async Task AddCaseNoteByPhone_sends_ten_digits_for_a_north_american_number()
    {
        using var host = new TestHost();
        host.Http.Expect(HttpMethod.Post, $"{Dialer}/AddCaseNoteByPhone")
            .With(r => NoteBody(r, "{\"Phone\":\"4025555759\",\"Note\":\"[Connectors SDK #", "] Test case note\"}"))
            .Respond(HttpStatusCode.OK);

        await host.Dialer.AddCaseNoteByPhoneAsync(PhoneNumber.Parse("+1 (402) 555-5759"), "Test case note");

        host.Http.VerifyNoOutstandingExpectation();
    }

    [Fact]
    public async Task AddCaseNoteByPhone_refuses_an_invalid_number_and_an_empty_note()
    {
        using var host = new TestHost();

        var error = await Assert.ThrowsAsync<ConnectorValidationException>(() =>
            host.Dialer.AddCaseNoteByPhoneAsync(PhoneNumber.Parse("12"), " "));

        Assert.Equal(2, error.Problems.Count);
    }

    [Fact]
    public async Task A_refused_api_key_is_an_authentication_error_without_the_key()
    {
        using var host = new TestHost();
        host.Http.When(HttpMethod.Post, $"{Dialer}/GetCasesToDial").Respond(HttpStatusCode.Unauthorized, "application/json",
            "{\"message\":\"Invalid ClientKey\"}");

        var error = await Assert.ThrowsAsync<ConnectorAuthenticationException>(() => host.Dialer.GetCasesToDialAsync(new DialerQuery()));

        Assert.Equal(HttpStatusCode.Unauthorized, error.StatusCode);
        Assert.Equal("Invalid ClientKey", error.VendorMessage);
        Assert.Equal("POST /DialerAPI/GetCasesToDial", error.Endpoint);
        Assert.DoesNotContain(TestHost.ClientKey, error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_resilience_pipeline_never_repeats_a_write_itself()
    {
        // One attempt allowed: whatever resends happen are the client's own (DialerWriteSafetyTests), never the pipeline's.
        using var host = new TestHost(o => o.WriteAttempts = 1);
        var update = host.Http.When(HttpMethod.Post, $"{Dialer}/UpdateCaseStatus").Respond(HttpStatusCode.ServiceUnavailable);

        // The 503 may hide an applied update: after its last attempt it is reported as unknown (sending it again is safe).
        var error = await Assert.ThrowsAsync<DialerOutcomeUnknownException>(() =>
            host.Dialer.UpdateCaseStatusAsync([new DialerCaseUpdate(6, Disposition: "Busy")]));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, error.StatusCode);
        Assert.Equal(1, host.Http.GetMatchCount(update));
    }

    [Fact]
    public async Task Malformed_json_is_a_response_format_error()
    {
        using var host = new TestHost();
        host.Http.When(HttpMethod.Post, $"{Dialer}/GetCasesToDial").Respond("application/json", "[{\"CaseID\":6,\"Phones\":[");

        await Assert.ThrowsAsync<ConnectorResponseFormatException>(() =>
            host.Dialer.GetCasesToDialAsync(new DialerQuery { AutoChange = false }));
    }

    /// <summary>The body is <paramref name="before"/>, a 12-digit hex note id, then <paramref name="after"/>.</summary>
    internal static bool NoteBody(HttpRequestMessage request, string before, string after)
    {
        var body = request.Content!.ReadAsStringAsync().Result;
        return body.StartsWith(before, StringComparison.Ordinal) && body.EndsWith(after, StringComparison.Ordinal)
            && body.Length == before.Length + 12 + after.Length
            && body[before.Length..^after.Length].All(Uri.IsHexDigit);
    }
}
