using System.Net;

using Connectors.CasePeer.Writes;
using Connectors.Core.Http;
using Connectors.Core.Model;
using Connectors.Core.Writes;

using Microsoft.Extensions.DependencyInjection;

using RichardSzalay.MockHttp;

namespace Connectors.CasePeer.Tests.Writes;

/// <summary>
/// CasePeerNoteWriter through the real pipeline: the argument check, the author read from the case, Written then
/// AlreadyWritten.
/// </summary>
public sealed class CasePeerNoteWriterTests : IDisposable
{
    private const string Case = MockCasePeer.Api + "/1042";
    private const string Notes = MockCasePeer.Api + "/1042/notes";
    private const string NoteText = "Received message from Case Status: Message from Case Status: Hello";
    private static readonly PlatformMessage Message = new("m-9", new CaseKey("casepeer", "1042"), "Hello");
    private readonly MockCasePeer _casePeer = new();

    public void Dispose() => _casePeer.Dispose();

    private ICaseNoteWriter Writer => _casePeer.Services.GetRequiredService<ICaseNoteWriter>();

    private static string Note(string author) =>
        $$"""
        {"id": 900001, "case_id": 1042, "note": "{{NoteText}}", "author_email": "{{author}}",
         "created_at": "2026-11-25T02:00:00+00:00"}
        """;

    [Theory]
    [InlineData("mycase", "1042", "m-9", "Hello")]
    [InlineData("casepeer", "", "m-9", "Hello")]
    [InlineData("casepeer", "1042", " ", "Hello")]
    [InlineData("casepeer", "1042", "m-9", "")]
    public async Task A_message_for_another_system_or_without_a_case_id_or_text_is_refused_before_any_request(
        string system, string caseId, string messageId, string text)
    {
        var requests = 0;
        _casePeer.Http.When("*").Respond(_ =>
        {
            requests++;
            return new HttpResponseMessage(HttpStatusCode.OK);
        });

        var message = new PlatformMessage(messageId, new CaseKey(system, caseId), text);

        await Assert.ThrowsAnyAsync<ArgumentException>(() => Writer.WriteNoteAsync(message));

        Assert.Equal(0, requests);
    }

    [Fact]
    public async Task The_note_is_written_as_the_case_primary_attorney_read_from_the_case()
    {
        _casePeer.Http.Expect(HttpMethod.Get, Case)
            .Respond("application/json", MockCasePeer.Case("""{"id": 7, "name": "Jo Okafor", "email": "j.okafor@firm.example"}"""));
        _casePeer.Http.Expect(HttpMethod.Get, Notes).Respond("application/json", MockCasePeer.EmptyPage);
        _casePeer.Http.Expect(HttpMethod.Post, Notes)
            .WithHeaders("Idempotency-Key", "message-m-9")
            .WithJsonContent<NoteBody>(b => b.note == NoteText && b.author_email == "j.okafor@firm.example")
            .Respond(HttpStatusCode.Created, "application/json", Note("j.okafor@firm.example"));

        var result = await Writer.WriteNoteAsync(Message);

        _casePeer.Http.VerifyNoOutstandingExpectation();
        Assert.Equal(new WriteResult(Message.Case, WriteResultKind.Written, "900001"), result);
    }

    [Fact]
    public async Task A_second_call_for_the_same_message_is_AlreadyWritten()
    {
        var posts = new List<string>();
        _casePeer.Http.When(HttpMethod.Get, Case).Respond("application/json", MockCasePeer.Case());
        var written = MockCasePeer.Page(Note("a.reyes@firm.example"));
        _casePeer.Http.When(HttpMethod.Get, Notes)
            .Respond(_ => MockCasePeer.Json(HttpStatusCode.OK, posts.Count == 0 ? MockCasePeer.EmptyPage : written));
        _casePeer.Http.When(HttpMethod.Post, Notes).Respond(request =>
        {
            // As CASEpeer is modelled: a key seen before is answered 200 with the note it wrote the first time.
            posts.Add(request.Headers.GetValues("Idempotency-Key").Single());
            return MockCasePeer.Json(posts.Count == 1 ? HttpStatusCode.Created : HttpStatusCode.OK, Note("a.reyes@firm.example"));
        });

        var first = await Writer.WriteNoteAsync(Message);
        var second = await Writer.WriteNoteAsync(Message);

        Assert.Equal(WriteResultKind.Written, first.Kind);
        Assert.Equal(WriteResultKind.AlreadyWritten, second.Kind);
        Assert.Equal(("900001", "900001"), (first.RecordId, second.RecordId));
        Assert.Equal(["message-m-9", "message-m-9"], posts);
    }

    [Fact]
    public async Task A_note_already_on_page_3_of_the_case_notes_is_AlreadyWritten()
    {
        // CASEpeer answers the reused key with the note it wrote the first time, which is on the last of three pages.
        _casePeer.Http.When(HttpMethod.Get, Case).Respond("application/json", MockCasePeer.Case());
        for (var number = 1; number <= 3; number++)
        {
            string[] records = number < 3
                ? [OtherNote(number * 10), OtherNote((number * 10) + 1)]
                : [Note("a.reyes@firm.example")];
            var body = MockCasePeer.PageOf(Notes, number, last: number == 3, count: 5, records);
            _casePeer.Http.When(HttpMethod.Get, Notes)
                .WithQueryString("page", number.ToString(System.Globalization.CultureInfo.InvariantCulture))
                .Respond("application/json", body);
        }

        _casePeer.Http.When(HttpMethod.Post, Notes).Respond(HttpStatusCode.OK, "application/json", Note("a.reyes@firm.example"));

        var result = await Writer.WriteNoteAsync(Message);

        Assert.Equal(new WriteResult(Message.Case, WriteResultKind.AlreadyWritten, "900001"), result);
    }

    private static string OtherNote(int id) =>
        $$"""
        {"id": {{id}}, "case_id": 1042, "note": "Called the adjuster.", "author_email": "a.reyes@firm.example",
         "created_at": "2026-11-20T15:30:00+00:00"}
        """;

    [Theory]
    [InlineData(null)]
    [InlineData("""{"id": 3, "name": "No Email", "email": null}""")]
    [InlineData("""{"id": 3, "name": "Blank Email", "email": " "}""")]
    public async Task A_case_without_a_primary_attorney_email_is_a_validation_error_and_nothing_is_written(string? attorney)
    {
        _casePeer.Http.Expect(HttpMethod.Get, Case).Respond("application/json", MockCasePeer.Case(attorney));
        var others = 0;
        _casePeer.Http.When("*").Respond(_ =>
        {
            others++;
            return new HttpResponseMessage(HttpStatusCode.OK);
        });

        var error = await Assert.ThrowsAsync<ConnectorValidationException>(() => Writer.WriteNoteAsync(Message));

        _casePeer.Http.VerifyNoOutstandingExpectation();
        Assert.Equal("POST /api/v1/cases/{id}/notes", error.Operation);
        Assert.Contains("case 1042 has no primary attorney", error.Message, StringComparison.Ordinal);
        Assert.Equal(0, others);
    }

    [Fact]
    public void The_writer_is_registered_as_itself_and_as_ICaseNoteWriter_for_casepeer()
    {
        var writer = _casePeer.Services.GetRequiredService<CasePeerNoteWriter>();

        Assert.Same(writer, Writer);
        Assert.Equal("casepeer", Writer.SourceSystem);
    }

    private sealed record NoteBody(string note, string? author_email);
}
