using System.Net;
using System.Text.Json.Nodes;

using Connectors.Core;
using Connectors.Core.Http;
using Connectors.Shared;
using Connectors.SmartAdvocate.Dialer;

using RichardSzalay.MockHttp;

using static Connectors.SmartAdvocate.Tests.NoteAnswers;

namespace Connectors.SmartAdvocate.Tests;

/// <summary>What each dialer write does when no usable answer comes back: resend, look first, or refuse to guess.</summary>
public class DialerWriteSafetyTests
{
    private const string Dialer = TestHost.Host + "/DialerAPI";
    private const string Notes6 = TestHost.Host + "/CaseSyncAPI/case/6/notes";

    [Fact]
    public async Task UpdateCaseStatus_whose_answer_is_lost_is_resent_byte_for_byte()
    {
        using var host = new TestHost();
        var bodies = new List<string>();
        host.Http.Expect(HttpMethod.Post, $"{Dialer}/UpdateCaseStatus").With(r =>
            Capture(r, bodies)).Respond(HttpStatusCode.ServiceUnavailable);
        host.Http.Expect(HttpMethod.Post, $"{Dialer}/UpdateCaseStatus").With(r => Capture(r, bodies)).Respond(HttpStatusCode.OK);

        await host.Dialer.UpdateCaseStatusAsync([new DialerCaseUpdate(7, "Do not Dial", null, 3, "Successful")]);

        host.Http.VerifyNoOutstandingExpectation();
        Assert.Equal(2, bodies.Count);
        Assert.Equal(bodies[0], bodies[1]); // the same "current time" too: a repeat is the same absolute update
    }

    [Fact]
    public async Task UpdateCaseStatus_gives_up_after_WriteAttempts()
    {
        using var host = new TestHost(o => o.WriteAttempts = 2);
        var calls = 0;
        host.Http.When(HttpMethod.Post, $"{Dialer}/UpdateCaseStatus").With(_ => ++calls > 0).Respond(HttpStatusCode.InternalServerError);

        var error = await Assert.ThrowsAsync<DialerOutcomeUnknownException>(() =>
            host.Dialer.UpdateCaseStatusAsync([new DialerCaseUpdate(7, "Do not Dial")]));

        Assert.Equal(HttpStatusCode.InternalServerError, error.StatusCode);
        Assert.Equal(2, calls);
    }

    [Fact]
    public async Task UpdateCaseStatus_refused_by_the_server_is_not_resent()
    {
        using var host = new TestHost();
        host.Http.Expect(HttpMethod.Post, $"{Dialer}/UpdateCaseStatus").Respond(HttpStatusCode.BadRequest, "application/json",
            "{\"message\":\"Case 7 not found.\"}");

        var error = await Assert.ThrowsAsync<ConnectorApiException>(() =>
            host.Dialer.UpdateCaseStatusAsync([new DialerCaseUpdate(7, "Do not Dial")]));

        Assert.Equal(HttpStatusCode.BadRequest, error.StatusCode);
        host.Http.VerifyNoOutstandingExpectation();
    }

    [Fact]
    public async Task A_note_whose_answer_is_lost_is_looked_up_and_not_resent_when_it_landed()
    {
        using var host = new TestHost();
        var bodies = new List<string>();
        host.Http.Expect(HttpMethod.Post, $"{Dialer}/AddCaseNote").With(r =>
            Capture(r, bodies)).Respond(HttpStatusCode.InternalServerError);
        host.ExpectSignIn(TestHost.Token(TestHost.Now + Duration.FromHours(2)));
        // SmartAdvocate stores notes as HTML: the id is still found inside the markup.
        host.Http.Expect(HttpMethod.Get, Notes6).Respond(_ => Json(NotesJson($"<p>{NoteOf(bodies[0])}</p>")));

        await host.Dialer.AddCaseNoteAsync(6, "Busy");

        host.Http.VerifyNoOutstandingExpectation();
        Assert.Single(bodies);
    }

    [Fact]
    public async Task A_note_whose_answer_is_lost_is_resent_with_the_same_id_when_it_is_not_there()
    {
        using var host = new TestHost();
        var bodies = new List<string>();
        host.Http.Expect(HttpMethod.Post, $"{Dialer}/AddCaseNote").With(r => Capture(r, bodies)).Respond(HttpStatusCode.BadGateway);
        host.ExpectSignIn(TestHost.Token(TestHost.Now + Duration.FromHours(2)));
        host.Http.Expect(HttpMethod.Get, Notes6).Respond(_ => Json(NotesJson("[Connectors SDK #000000000000] Busy", "Busy")));
        host.Http.Expect(HttpMethod.Post, $"{Dialer}/AddCaseNote").With(r => Capture(r, bodies)).Respond(HttpStatusCode.OK);

        await host.Dialer.AddCaseNoteAsync(6, "Busy");

        host.Http.VerifyNoOutstandingExpectation();
        Assert.Equal(2, bodies.Count);
        Assert.Equal(bodies[0], bodies[1]);
    }

    [Fact]
    public async Task A_note_refused_with_429_is_resent_without_looking()
    {
        using var host = new TestHost();
        host.Http.Expect(HttpMethod.Post, $"{Dialer}/AddCaseNote").Respond(HttpStatusCode.TooManyRequests);
        host.Http.Expect(HttpMethod.Post, $"{Dialer}/AddCaseNote").Respond(HttpStatusCode.OK);

        await host.Dialer.AddCaseNoteAsync(6, "Busy");

        host.Http.VerifyNoOutstandingExpectation(); // no sign-in, no notes read
    }

    [Fact]
    public async Task A_note_whose_answer_is_lost_without_CaseSync_credentials_is_an_unknown_outcome_sent_once()
    {
        using var host = new TestHost(o => { o.Username = null; o.Password = null; });
        var calls = 0;
        host.Http.When(HttpMethod.Post, $"{Dialer}/AddCaseNote").With(_ => ++calls > 0).Respond(HttpStatusCode.InternalServerError);

        var error = await Assert.ThrowsAsync<DialerOutcomeUnknownException>(() => host.Dialer.AddCaseNoteAsync(6, "Busy"));

        Assert.Equal(1, calls);
        Assert.Equal(HttpStatusCode.InternalServerError, error.StatusCode);
        Assert.Contains("CaseSyncAPI credentials", error.Message, StringComparison.Ordinal);
        Assert.Matches("#[0-9A-F]{12}", error.Message);
    }

    [Fact]
    public async Task A_caller_wrapping_a_note_in_RepeatableWrite_does_not_send_it_again_when_its_outcome_is_unknown()
    {
        using var host = new TestHost(o => { o.Username = null; o.Password = null; });
        var calls = 0;
        host.Http.When(HttpMethod.Post, $"{Dialer}/AddCaseNote").With(_ => ++calls > 0).Respond(HttpStatusCode.InternalServerError);

        var error = await Assert.ThrowsAsync<DialerOutcomeUnknownException>(() =>
            RepeatableWrite.SendAsync(3, async ct => { await host.Dialer.AddCaseNoteAsync(6, "Busy", ct); return true; },
                CancellationToken.None));

        Assert.IsAssignableFrom<WriteOutcomeUnknownException>(error);
        Assert.Equal(1, calls); // a 500 would otherwise be worth repeating: a second note
    }

    [Fact]
    public async Task A_note_whose_lookup_fails_too_is_an_unknown_outcome()
    {
        using var host = new TestHost(o => o.MaxRetryAttempts = 0);
        host.Http.Expect(HttpMethod.Post, $"{Dialer}/AddCaseNote").Respond(HttpStatusCode.InternalServerError);
        host.ExpectSignIn(TestHost.Token(TestHost.Now + Duration.FromHours(2)));
        host.Http.Expect(HttpMethod.Get, Notes6).Respond(HttpStatusCode.ServiceUnavailable);

        var error = await Assert.ThrowsAsync<DialerOutcomeUnknownException>(() => host.Dialer.AddCaseNoteAsync(6, "Busy"));

        host.Http.VerifyNoOutstandingExpectation(); // one POST, then the lookup; nothing after it
        Assert.IsAssignableFrom<ConnectorApiException>(error.InnerException);
    }

    [Fact]
    public async Task A_note_by_phone_whose_answer_is_lost_and_cannot_be_found_is_an_unknown_outcome_sent_once()
    {
        using var host = new TestHost(o => o.MaxRetryAttempts = 0);
        host.Http.Expect(HttpMethod.Post, $"{Dialer}/AddCaseNoteByPhone").Respond(HttpStatusCode.InternalServerError);
        host.ExpectSignIn(TestHost.Token(TestHost.Now + Duration.FromHours(2)));
        host.Http.Expect(HttpMethod.Get, $"{TestHost.Host}/CaseSyncAPI/case/CaseInfo").Respond(_ => Json("[]"));

        var error = await Assert.ThrowsAsync<DialerOutcomeUnknownException>(() =>
            host.Dialer.AddCaseNoteByPhoneAsync(Connectors.Core.Model.PhoneNumber.Parse("4025555759"), "Called back."));

        Assert.Contains("AddCaseNoteAsync", error.Message, StringComparison.Ordinal);
        host.Http.VerifyNoOutstandingExpectation();
    }

    [Fact]
    public async Task A_note_by_phone_whose_answer_is_lost_without_CaseSync_credentials_is_an_unknown_outcome_sent_once()
    {
        using var host = new TestHost(o => { o.Username = null; o.Password = null; o.MaxRetryAttempts = 0; });
        var calls = 0;
        host.Http.When(HttpMethod.Post, $"{Dialer}/AddCaseNoteByPhone").With(_ => ++calls > 0).Respond(HttpStatusCode.InternalServerError);

        var error = await Assert.ThrowsAsync<DialerOutcomeUnknownException>(() =>
            host.Dialer.AddCaseNoteByPhoneAsync(Connectors.Core.Model.PhoneNumber.Parse("4025555759"), "Called back."));

        Assert.Equal(1, calls); // no blind resend: the dialer may have added it to several cases
        Assert.Equal(HttpStatusCode.InternalServerError, error.StatusCode);
        Assert.Equal("POST /DialerAPI/AddCaseNoteByPhone", error.Endpoint);
        Assert.Contains("CaseSyncAPI credentials", error.Message, StringComparison.Ordinal);
        Assert.Matches("#[0-9A-F]{12}", error.Message);
        Assert.DoesNotContain("5555759", error.Message, StringComparison.Ordinal); // no phone numbers in exceptions
    }

    [Fact]
    public async Task A_note_by_phone_whose_lookup_fails_too_is_an_unknown_outcome_sent_once()
    {
        using var host = new TestHost(o => o.MaxRetryAttempts = 0);
        host.Http.Expect(HttpMethod.Post, $"{Dialer}/AddCaseNoteByPhone").Respond(HttpStatusCode.BadGateway);
        host.ExpectSignIn(TestHost.Token(TestHost.Now + Duration.FromHours(2)));
        // The look is a read, itself read again after a lost answer (RepeatableRead): every attempt of it fails.
        host.Http.When(HttpMethod.Get, $"{TestHost.Host}/CaseSyncAPI/case/CaseInfo").Respond(HttpStatusCode.ServiceUnavailable);

        var error = await Assert.ThrowsAsync<DialerOutcomeUnknownException>(() =>
            host.Dialer.AddCaseNoteByPhoneAsync(Connectors.Core.Model.PhoneNumber.Parse("4025555759"), "Called back."));

        host.Http.VerifyNoOutstandingExpectation(); // one POST, then the look; a second POST would match nothing
        Assert.Contains("looking for it failed too", error.Message, StringComparison.Ordinal);
        Assert.IsAssignableFrom<ConnectorApiException>(error.InnerException);
    }

    [Fact]
    public async Task A_note_by_phone_refused_by_the_server_is_not_resent_nor_looked_up()
    {
        using var host = new TestHost();
        var calls = 0;
        host.Http.When(HttpMethod.Post, $"{Dialer}/AddCaseNoteByPhone").With(_ => ++calls > 0).Respond(HttpStatusCode.BadRequest,
            "application/json", "{\"message\":\"bad phone\"}");

        var error = await Assert.ThrowsAsync<ConnectorApiException>(() =>
            host.Dialer.AddCaseNoteByPhoneAsync(Connectors.Core.Model.PhoneNumber.Parse("4025555759"), "Called back."));

        Assert.Equal(1, calls);
        Assert.Equal(HttpStatusCode.BadRequest, error.StatusCode);
    }

    [Fact]
    public async Task GetCasesToDial_with_auto_change_and_a_lost_answer_is_an_unknown_outcome_sent_once()
    {
        using var host = new TestHost();
        var calls = 0;
        host.Http.When(HttpMethod.Post, $"{Dialer}/GetCasesToDial").With(_ => ++calls > 0).Respond(HttpStatusCode.ServiceUnavailable);

        var error = await Assert.ThrowsAsync<DialerOutcomeUnknownException>(() =>
            host.Dialer.GetCasesToDialAsync(new DialerQuery { AutoChange = true }));

        Assert.Equal(1, calls);
        Assert.Contains("In the Dialer", error.Message, StringComparison.Ordinal);
        Assert.Contains("without auto-change", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetCasesToDial_with_auto_change_refused_with_429_is_resent()
    {
        using var host = new TestHost();
        host.Http.Expect(HttpMethod.Post, $"{Dialer}/GetCasesToDial").Respond(HttpStatusCode.TooManyRequests);
        host.Http.Expect(HttpMethod.Post, $"{Dialer}/GetCasesToDial").Respond("application/json", "[]");

        Assert.Empty(await host.Dialer.GetCasesToDialAsync(new DialerQuery { AutoChange = true }));

        host.Http.VerifyNoOutstandingExpectation();
    }

    [Fact]
    public async Task GetCasesToDial_without_auto_change_is_a_read_resent_after_an_unreadable_answer()
    {
        using var host = new TestHost();
        host.Http.Expect(HttpMethod.Post, $"{Dialer}/GetCasesToDial").Respond("application/json", "[{\"CaseID\": ");
        host.Http.Expect(HttpMethod.Post, $"{Dialer}/GetCasesToDial").Respond("application/json",
            "[{\"CaseID\":6,\"Phones\":[],\"DialerStatus\":\"To Dial\"}]");

        var cases = await host.Dialer.GetCasesToDialAsync(new DialerQuery { AutoChange = false });

        Assert.Equal(6, Assert.Single(cases).CaseId);
        host.Http.VerifyNoOutstandingExpectation();
    }

    [Fact]
    public async Task GetCasesToDial_with_auto_change_and_an_unreadable_answer_is_an_unknown_outcome()
    {
        using var host = new TestHost();
        host.Http.Expect(HttpMethod.Post, $"{Dialer}/GetCasesToDial").Respond("application/json", "[{\"CaseID\": ");

        var error = await Assert.ThrowsAsync<DialerOutcomeUnknownException>(() => host.Dialer.GetCasesToDialAsync(new DialerQuery()));

        Assert.IsType<ConnectorResponseFormatException>(error.InnerException);
        host.Http.VerifyNoOutstandingExpectation();
    }

    [Theory]
    [InlineData("[Connectors SDK] Busy", true)]                 // written before notes carried ids
    [InlineData("<p>[Connectors SDK #A1B2C3D4E5F6] Busy</p>", true)]
    [InlineData("Connectors SDK said hi", false)]
    [InlineData(null, false)]
    public void The_marker_is_recognised_with_or_without_an_id(string? text, bool marked) =>
        Assert.Equal(marked, SmartAdvocateNoteMarker.IsMarked("[Connectors SDK]", text));

    [Fact]
    public void A_marker_without_brackets_carries_the_id_after_it()
    {
        var text = SmartAdvocateNoteMarker.Mark("SDK:", "SDK: Busy", "A1B2C3D4E5F6");

        Assert.Equal("SDK: #A1B2C3D4E5F6 Busy", text);
        Assert.True(SmartAdvocateNoteMarker.IsMarked("SDK:", text));
        Assert.True(SmartAdvocateNoteMarker.Carries(text, "A1B2C3D4E5F6"));
        Assert.False(SmartAdvocateNoteMarker.Carries(text, "A1B2C3D4E5F7"));
    }

    private static bool Capture(HttpRequestMessage request, List<string> bodies)
    {
        bodies.Add(request.Content!.ReadAsStringAsync().Result);
        return true;
    }

    private static string NoteOf(string body) => JsonNode.Parse(body)!["Note"]!.GetValue<string>();
}
