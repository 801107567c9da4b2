using System.Net;
using System.Text.Json.Nodes;

using Connectors.Core;
using Connectors.Core.Model;
using Connectors.Core.Writes;
using Connectors.SmartAdvocate.Dialer;
using Connectors.SmartAdvocate.Writes;

using Microsoft.Extensions.DependencyInjection;

using RichardSzalay.MockHttp;

using static Connectors.SmartAdvocate.Tests.NoteAnswers;

namespace Connectors.SmartAdvocate.Tests.Writes;

/// <summary>The note writer: a platform message becomes one note on its case, however often it is written.</summary>
public class SmartAdvocateNoteWriterTests
{
    private const string AddCaseNote = TestHost.Host + "/DialerAPI/AddCaseNote";
    private const string Notes6 = TestHost.Host + "/CaseSyncAPI/case/6/notes";

    private static PlatformMessage Message(string messageId = "message-42", string sourceId = "6", string text = "Hearing moved") =>
        new(messageId, new CaseKey("smartadvocate", sourceId), text);

    [Fact]
    public void The_writer_is_registered_as_the_Core_interface()
    {
        using var host = new TestHost();

        Assert.Same(host.Get<SmartAdvocateNoteWriter>(), host.Get<ICaseNoteWriter>());
        Assert.Equal("smartadvocate", host.Get<ICaseNoteWriter>().SourceSystem);
    }

    [Fact]
    public async Task A_keyed_registration_has_its_own_writer()
    {
        var services = new ServiceCollection();
        foreach (var (firm, sourceSystem) in new[] { ("omaha", "smartadvocate"), ("lincoln", "sa-lincoln") })
        {
            services.AddKeyedSmartAdvocate(firm, o =>
            {
                o.BaseAddress = new Uri(TestHost.Host);
                o.ClientKey = TestHost.ClientKey;
                o.SourceSystem = sourceSystem;
            });
        }

        await using var provider = services.BuildServiceProvider();

        var lincoln = provider.GetRequiredKeyedService<ICaseNoteWriter>("lincoln");

        Assert.Same(provider.GetRequiredKeyedService<SmartAdvocateNoteWriter>("lincoln"), lincoln);
        Assert.Equal("sa-lincoln", lincoln.SourceSystem);
        Assert.Equal("smartadvocate", provider.GetRequiredKeyedService<ICaseNoteWriter>("omaha").SourceSystem);
    }

    // Moved from DialerWriteSafetyTests.A_keyed_note_already_on_the_case_is_not_sent_again (AddCaseNoteOnceAsync).
    [Fact]
    public async Task A_message_already_on_the_case_is_not_sent_again()
    {
        using var host = new TestHost();
        var id = SmartAdvocateNoteMarker.IdFor(6, "message-42");
        host.ExpectSignIn(TestHost.Token(TestHost.Now + Duration.FromHours(2)));
        host.Http.Expect(HttpMethod.Get, Notes6).Respond(_ => Json(NotesJson("Called", $"[Connectors SDK #{id}] Hearing moved")));

        var result = await host.Get<ICaseNoteWriter>().WriteNoteAsync(Message());

        Assert.Equal(new WriteResult(new CaseKey("smartadvocate", "6"), WriteResultKind.AlreadyWritten, "2"), result);
        host.Http.VerifyNoOutstandingExpectation();
    }

    // Moved from DialerWriteSafetyTests.A_keyed_note_carries_an_id_derived_from_the_case_and_the_key (AddCaseNoteOnceAsync).
    [Fact]
    public async Task A_message_note_carries_an_id_derived_from_the_case_and_the_message_id()
    {
        using var host = new TestHost();
        var id = SmartAdvocateNoteMarker.IdFor(6, "message-42");
        host.ExpectSignIn(TestHost.Token(TestHost.Now + Duration.FromHours(2)));
        host.Http.Expect(HttpMethod.Get, Notes6).Respond(_ => Json("[]"));
        host.Http.Expect(HttpMethod.Post, AddCaseNote)
            .WithContent($"{{\"CaseID\":6,\"Note\":\"[Connectors SDK #{id}] Hearing moved\"}}")
            .Respond(HttpStatusCode.OK);

        var result = await host.Get<ICaseNoteWriter>().WriteNoteAsync(Message());

        Assert.Equal(new WriteResult(new CaseKey("smartadvocate", "6"), WriteResultKind.Written, null), result);
        host.Http.VerifyNoOutstandingExpectation();
        Assert.Equal(id, SmartAdvocateNoteMarker.IdFor(6, "message-42"));
        Assert.NotEqual(id, SmartAdvocateNoteMarker.IdFor(7, "message-42"));
    }

    [Fact]
    public async Task Writing_the_same_message_twice_writes_it_once_and_then_finds_it()
    {
        using var host = new TestHost();
        var notes = new List<string>();
        host.ExpectSignIn(TestHost.Token(TestHost.Now + Duration.FromHours(2)));
        host.Http.When(HttpMethod.Get, Notes6).Respond(_ => Json(NotesJson([.. notes])));
        host.Http.When(HttpMethod.Post, AddCaseNote).Respond(async request =>
        {
            notes.Add(JsonNode.Parse(await request.Content!.ReadAsStringAsync())!["Note"]!.GetValue<string>());
            return new HttpResponseMessage(HttpStatusCode.OK);
        });
        var writer = host.Get<ICaseNoteWriter>();

        var first = await writer.WriteNoteAsync(Message());
        var second = await writer.WriteNoteAsync(Message());
        var other = await writer.WriteNoteAsync(Message(messageId: "message-43"));

        Assert.Equal((WriteResultKind.Written, WriteResultKind.AlreadyWritten, WriteResultKind.Written),
            (first.Kind, second.Kind, other.Kind));
        Assert.Equal("1", second.RecordId);
        Assert.Equal(2, notes.Count);
    }

    [Fact]
    public async Task A_message_whose_answer_is_lost_is_looked_up_and_not_resent_when_it_landed()
    {
        using var host = new TestHost();
        var id = SmartAdvocateNoteMarker.IdFor(6, "message-42");
        host.ExpectSignIn(TestHost.Token(TestHost.Now + Duration.FromHours(2)));
        host.Http.Expect(HttpMethod.Get, Notes6).Respond(_ => Json("[]"));
        host.Http.Expect(HttpMethod.Post, AddCaseNote).Respond(HttpStatusCode.InternalServerError);
        host.Http.Expect(HttpMethod.Get, Notes6).Respond(_ => Json(NotesJson($"<p>[Connectors SDK #{id}] Hearing moved</p>")));

        var result = await host.Get<ICaseNoteWriter>().WriteNoteAsync(Message());

        Assert.Equal(WriteResultKind.Written, result.Kind); // this call's note, found by the write-safety block's look-up
        host.Http.VerifyNoOutstandingExpectation();
    }

    [Fact]
    public async Task A_message_whose_answer_is_lost_and_whose_look_up_fails_is_an_unknown_outcome()
    {
        using var host = new TestHost(o => o.MaxRetryAttempts = 0);
        host.ExpectSignIn(TestHost.Token(TestHost.Now + Duration.FromHours(2)));
        host.Http.Expect(HttpMethod.Get, Notes6).Respond(_ => Json("[]"));
        host.Http.Expect(HttpMethod.Post, AddCaseNote).Respond(HttpStatusCode.InternalServerError);
        host.Http.Expect(HttpMethod.Get, Notes6).Respond(HttpStatusCode.ServiceUnavailable);

        var error = await Assert.ThrowsAsync<DialerOutcomeUnknownException>(() => host.Get<ICaseNoteWriter>().WriteNoteAsync(Message()));

        Assert.IsAssignableFrom<Connectors.Core.Http.WriteOutcomeUnknownException>(error);
        host.Http.VerifyNoOutstandingExpectation();
    }

    // Moved from DialerWriteSafetyTests.A_keyed_note_needs_CaseSync_credentials (AddCaseNoteOnceAsync).
    [Fact]
    public async Task The_writer_needs_CaseSync_credentials()
    {
        using var host = new TestHost(o => { o.Username = null; o.Password = null; });

        await Assert.ThrowsAsync<ConnectorConfigurationException>(() => host.Get<ICaseNoteWriter>().WriteNoteAsync(Message()));
    }

    [Theory]
    [InlineData("message-42", "6", "", "text")]
    [InlineData("", "6", "Hearing moved", "id")]
    [InlineData("message-42", "0", "Hearing moved", "case ids")]
    [InlineData("message-42", "C-6", "Hearing moved", "case ids")]
    [InlineData("message-42", "", "Hearing moved", "no id")]
    public async Task A_message_SmartAdvocate_cannot_take_is_refused_before_anything_is_sent(
        string messageId, string sourceId, string text, string named)
    {
        using var host = new TestHost();

        var error = await Assert.ThrowsAsync<ArgumentException>(() =>
            host.Get<ICaseNoteWriter>().WriteNoteAsync(Message(messageId, sourceId, text)));

        Assert.Equal("message", error.ParamName);
        Assert.Contains(named, error.Message, StringComparison.Ordinal);
        host.Http.VerifyNoOutstandingRequest();
    }

    [Fact]
    public async Task A_message_for_another_source_system_is_refused()
    {
        using var host = new TestHost();
        var message = new PlatformMessage("message-42", new CaseKey("mycase", "6"), "Hearing moved");

        var error = await Assert.ThrowsAsync<ArgumentException>(() => host.Get<ICaseNoteWriter>().WriteNoteAsync(message));

        Assert.Contains("mycase", error.Message, StringComparison.Ordinal);
    }
}
