using System.Net;
using System.Text.Json.Nodes;

using Connectors.Core.Http;
using Connectors.Core.Windows;

using RichardSzalay.MockHttp;

namespace Connectors.SmartAdvocate.Tests;

public class CaseSyncClientTests
{
    private const string Api = TestHost.Host + "/CaseSyncAPI";

    [Fact]
    public async Task Signs_in_once_and_sends_the_bearer_token_on_every_read()
    {
        using var host = new TestHost();
        var token = TestHost.Token(TestHost.Now + Duration.FromHours(2));
        host.ExpectSignIn(token);
        host.Http.Expect(HttpMethod.Get, $"{Api}/case/1001/notes").WithHeaders("Authorization",
            $"Bearer {token}").Respond("application/json", "[]");
        host.Http.Expect(HttpMethod.Get, $"{Api}/case/1002/notes").WithHeaders("Authorization",
            $"Bearer {token}").Respond("application/json", "[]");

        await host.CaseSync.GetCaseNotesAsync(1001);
        await host.CaseSync.GetCaseNotesAsync(1002);

        host.Http.VerifyNoOutstandingExpectation();
    }

    [Fact]
    public async Task Signs_in_again_before_the_token_expires()
    {
        using var host = new TestHost();
        var first = TestHost.Token(TestHost.Now + Duration.FromHours(2), "first");
        var second = TestHost.Token(TestHost.Now + Duration.FromHours(4), "second");
        host.ExpectSignIn(first);
        host.Http.Expect(HttpMethod.Get, $"{Api}/case/1/notes").WithHeaders("Authorization", $"Bearer {first}").Respond("application/json",
            "[]");
        host.ExpectSignIn(second);
        host.Http.Expect(HttpMethod.Get, $"{Api}/case/1/notes").WithHeaders("Authorization", $"Bearer {second}").Respond("application/json",
            "[]");

        await host.CaseSync.GetCaseNotesAsync(1);
        host.Clock.Advance(Duration.FromMinutes(119)); // inside the 2-minute refresh margin
        await host.CaseSync.GetCaseNotesAsync(1);

        host.Http.VerifyNoOutstandingExpectation();
    }

    [Fact]
    public async Task A_401_signs_in_again_once_and_replays_the_request_with_its_body()
    {
        using var host = new TestHost();
        var stale = TestHost.Token(TestHost.Now + Duration.FromHours(2), "stale");
        var fresh = TestHost.Token(TestHost.Now + Duration.FromHours(2), "fresh");
        var body = "{\"modifiedFromDateTime\":\"2026-11-01T00:00:00Z\",\"modifiedToDateTime\":\"2026-11-24T00:00:00Z\"," +
            "\"pageRequest\":{\"currentPage\":0,\"pageSize\":100,\"filterExpression\":{}}}";
        host.ExpectSignIn(stale);
        host.Http.Expect(HttpMethod.Post, $"{Api}/case/documents/byDatePaged").WithHeaders("Authorization",
            $"Bearer {stale}").WithContent(body).Respond(HttpStatusCode.Unauthorized);
        host.ExpectSignIn(fresh);
        host.Http.Expect(HttpMethod.Post, $"{Api}/case/documents/byDatePaged").WithHeaders("Authorization",
            $"Bearer {fresh}").WithContent(body).Respond("application/json", "[]");

        var documents = await host.CaseSync.ReadDocumentsAsync(new SyncWindow(Instant.FromUtc(2026, 11, 1, 0, 0),
            Instant.FromUtc(2026, 11, 24, 0, 0))).ToListAsync();

        Assert.Empty(documents);
        host.Http.VerifyNoOutstandingExpectation();
    }

    [Fact]
    public async Task A_second_401_is_an_authentication_error()
    {
        using var host = new TestHost();
        host.ExpectSignIn(TestHost.Token(TestHost.Now + Duration.FromHours(2), "a"));
        host.Http.Expect(HttpMethod.Get, $"{Api}/case/1/notes").Respond(HttpStatusCode.Unauthorized);
        host.ExpectSignIn(TestHost.Token(TestHost.Now + Duration.FromHours(2), "b"));
        host.Http.Expect(HttpMethod.Get, $"{Api}/case/1/notes").Respond(HttpStatusCode.Unauthorized);

        var error = await Assert.ThrowsAsync<ConnectorAuthenticationException>(() => host.CaseSync.GetCaseNotesAsync(1));

        Assert.Equal(HttpStatusCode.Unauthorized, error.StatusCode);
        host.Http.VerifyNoOutstandingExpectation();
    }

    [Fact]
    public async Task Refused_credentials_are_an_authentication_error_that_never_shows_the_password()
    {
        using var host = new TestHost();
        host.Http.When(HttpMethod.Post, $"{Api}/Users/authenticate").Respond(HttpStatusCode.BadRequest, "application/json",
            "{\"message\":\"Username or password is incorrect\"}");

        var error = await Assert.ThrowsAsync<ConnectorAuthenticationException>(() => host.CaseSync.GetCaseNotesAsync(1));

        Assert.Equal("POST /CaseSyncAPI/Users/authenticate", error.Endpoint);
        Assert.DoesNotContain(TestHost.Password, error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_sign_in_that_meets_a_transient_failure_is_tried_again()
    {
        // Signing in changes nothing at SmartAdvocate, so its POST is repeated like a read: a 503, a 429 and a dropped
        // connection in a row do not fail the sync.
        using var host = new TestHost();
        var token = TestHost.Token(TestHost.Now + Duration.FromHours(2));
        var signIns = 0;
        host.Http.When(HttpMethod.Post, $"{Api}/Users/authenticate").Respond(() => Interlocked.Increment(ref signIns) switch
        {
            1 => Task.FromResult(new HttpResponseMessage(HttpStatusCode.ServiceUnavailable)),
            2 => Task.FromResult(new HttpResponseMessage(HttpStatusCode.TooManyRequests)),
            3 => throw new HttpRequestException("The connection dropped."),
            _ => Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK)
            {
                Content = new StringContent($"{{\"token\":\"{token}\"}}",
                System.Text.Encoding.UTF8, "application/json")
            }),
        });
        host.Http.When(HttpMethod.Get, $"{Api}/case/1001/notes").WithHeaders("Authorization", $"Bearer {token}").Respond("application/json",
            "[]");

        Assert.Empty(await host.CaseSync.GetCaseNotesAsync(1001));
        Assert.Equal(4, signIns);
    }

    [Fact]
    public async Task Concurrent_reads_share_one_sign_in()
    {
        using var host = new TestHost();
        var token = TestHost.Token(TestHost.Now + Duration.FromHours(2));
        var signIn = host.Http.When(HttpMethod.Post, $"{Api}/Users/authenticate");
        signIn.Respond(async () =>
            {
                await Task.Delay(100);
                return new HttpResponseMessage(HttpStatusCode.OK)
                {
                    Content = new StringContent($"{{\"token\":\"{token}\"}}",
                    System.Text.Encoding.UTF8, "application/json")
                };
            });
        host.Http.When(HttpMethod.Get, $"{Api}/case/*").WithHeaders("Authorization", $"Bearer {token}").Respond("application/json", "[]");

        await Task.WhenAll(Enumerable.Range(1, 8).Select(i => host.CaseSync.GetCaseNotesAsync(i)));

        Assert.Equal(1, host.Http.GetMatchCount(signIn));
    }

    [Fact]
    public async Task A_reader_that_gives_up_mid_sign_in_leaves_the_sign_in_to_the_next_reader()
    {
        using var host = new TestHost();
        var token = TestHost.Token(TestHost.Now + Duration.FromHours(2));
        var answer = new TaskCompletionSource();
        var signIns = 0;
        host.Http.When(HttpMethod.Post, $"{Api}/Users/authenticate").Respond(async () =>
        {
            Interlocked.Increment(ref signIns);
            await answer.Task; // SmartAdvocate has signed the user in; its answer is on the way
            return new HttpResponseMessage(HttpStatusCode.OK)
            {
                Content = new StringContent($"{{\"token\":\"{token}\"}}",
                System.Text.Encoding.UTF8, "application/json")
            };
        });
        host.Http.When(HttpMethod.Get, $"{Api}/case/*").WithHeaders("Authorization", $"Bearer {token}").Respond("application/json", "[]");

        using var caller = new CancellationTokenSource();
        var first = host.CaseSync.GetCaseNotesAsync(1, caller.Token);
        while (Volatile.Read(ref signIns) == 0)
        {
            await Task.Delay(5);
        }

        await caller.CancelAsync();
        var second = host.CaseSync.GetCaseNotesAsync(2); // arrives while the sign-in is still under way
        answer.SetResult();

        Assert.Empty(await second);
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => first);
        Assert.Equal(1, signIns);
    }

    [Fact]
    public async Task Notes_written_by_the_sdk_never_come_back()
    {
        using var host = new TestHost();
        host.ExpectSignIn(TestHost.Token(TestHost.Now + Duration.FromHours(2)));
        host.Http.Expect(HttpMethod.Get, $"{Api}/case/1001/notes").Respond("application/json",
            TestHost.Fixture("casesync/case-notes.response.json"));

        var notes = await host.CaseSync.GetCaseNotesAsync(1001);

        var note = Assert.Single(notes);
        Assert.Equal(1, note.NoteId);
        Assert.Equal("Plaintiff", note.NoteTypeName);
        Assert.True(note.IsSharedInCP);
        Assert.Equal(Instant.FromUtc(2026, 11, 20, 15, 0), note.NoteDate);
        Assert.Equal(Instant.FromUtc(2026, 11, 20, 15, 0).PlusNanoseconds(123_000_000), note.CreatedDate);
    }

    [Fact]
    public async Task Documents_page_from_zero_through_the_object_shape_then_the_array_shape()
    {
        using var host = new TestHost(o => o.DocumentPageSize = 1);
        host.ExpectSignIn(TestHost.Token(TestHost.Now + Duration.FromHours(2)));
        string? firstBody = null;
        host.Http.Expect(HttpMethod.Post, $"{Api}/case/documents/byDatePaged")
            .With(r =>
            {
                firstBody = r.Content!.ReadAsStringAsync().Result; return firstBody.Contains("\"currentPage\":0",
                StringComparison.Ordinal);
            })
            .Respond("application/json", TestHost.Fixture("casesync/documents-paged.object.json"));
        host.Http.Expect(HttpMethod.Post, $"{Api}/case/documents/byDatePaged")
            .With(r => r.Content!.ReadAsStringAsync().Result.Contains("\"currentPage\":1", StringComparison.Ordinal))
            .Respond("application/json", TestHost.Fixture("casesync/documents-paged.array.json"));
        host.Http.Expect(HttpMethod.Post, $"{Api}/case/documents/byDatePaged")
            .With(r => r.Content!.ReadAsStringAsync().Result.Contains("\"currentPage\":2", StringComparison.Ordinal))
            .Respond("application/json", "[]");

        var documents = await host.CaseSync.ReadDocumentsAsync(new SyncWindow(Instant.FromUtc(2026, 11, 1, 0, 0),
            Instant.FromUtc(2026, 11, 24, 0, 0))).ToListAsync();

        Assert.Equal([9001L, 9002L], documents.Select(d => d.DocumentId));
        Assert.Equal(Instant.FromUtc(2026, 11, 2, 12, 0).PlusNanoseconds(250_000_000), documents[0].ModifiedDate);
        Assert.Equal("signed", documents[1].Comments);
        var expected = JsonNode.Parse(
            "{\"modifiedFromDateTime\":\"2026-11-01T00:00:00Z\",\"modifiedToDateTime\":\"2026-11-24T00:00:00Z\"," +
            "\"pageRequest\":{\"currentPage\":0,\"pageSize\":1,\"filterExpression\":{}}}");
        Assert.True(JsonNode.DeepEquals(expected, JsonNode.Parse(firstBody!)), firstBody);
        host.Http.VerifyNoOutstandingExpectation();
    }

    [Fact]
    public async Task The_object_shape_stops_after_its_last_page()
    {
        using var host = new TestHost(o => o.DocumentPageSize = 1);
        host.ExpectSignIn(TestHost.Token(TestHost.Now + Duration.FromHours(2)));
        var page = host.Http.When(HttpMethod.Post, $"{Api}/case/documents/byDatePaged")
            .Respond("application/json",
                TestHost.Fixture("casesync/documents-paged.object.json").Replace("\"totalPages\": 2", "\"totalPages\": 1",
                    StringComparison.Ordinal));

        var documents = await host.CaseSync.ReadDocumentsAsync(SyncWindow.Unbounded).ToListAsync();

        Assert.Single(documents);
        Assert.Equal(1, host.Http.GetMatchCount(page));
    }

    [Fact]
    public async Task A_documents_page_longer_than_the_page_size_asked_for_is_refused()
    {
        using var host = new TestHost(o => o.DocumentPageSize = 1);
        host.ExpectSignIn(TestHost.Token(TestHost.Now + Duration.FromHours(2)));
        const string document =
            "{\"documentID\": 9001, \"caseID\": 1001, \"documentName\": \"a.pdf\", \"modifiedDate\": \"2026-11-02T12:00:00Z\"}";
        var second = document.Replace("9001", "9002", StringComparison.Ordinal);
        var page = host.Http.When(HttpMethod.Post, $"{Api}/case/documents/byDatePaged")
            .Respond("application/json",
                $"{{\"documents\": [{document}, {second}], " +
                "\"pageRequest\": {\"currentPage\": 0, \"pageSize\": 1, \"totalPages\": 1, \"totalRecords\": 2}}");

        var error = await Record.ExceptionAsync(async () => await host.CaseSync.ReadDocumentsAsync(SyncWindow.Unbounded).ToListAsync());

        Assert.IsType<ConnectorResponseFormatException>(error);
        Assert.Equal(Connectors.Shared.RepeatableRead.Attempts, host.Http.GetMatchCount(page)); // read again, as an unreadable page is
    }

    [Fact]
    public async Task Document_content_streams_the_bytes()
    {
        using var host = new TestHost();
        host.ExpectSignIn(TestHost.Token(TestHost.Now + Duration.FromHours(2)));
        host.Http.Expect(HttpMethod.Get, $"{Api}/case/document/9001/content").Respond(_ =>
            new HttpResponseMessage(HttpStatusCode.OK) { Content = new ByteArrayContent([1, 2, 3]) });

        await using var stream = await host.CaseSync.OpenDocumentContentAsync(9001);
        using var copy = new MemoryStream();
        await stream.CopyToAsync(copy);

        Assert.Equal([1, 2, 3], copy.ToArray());
    }

    [Fact]
    public async Task A_missing_document_is_not_found()
    {
        using var host = new TestHost();
        host.ExpectSignIn(TestHost.Token(TestHost.Now + Duration.FromHours(2)));
        host.Http.When(HttpMethod.Get, $"{Api}/case/document/1/content").Respond(HttpStatusCode.NotFound);

        await Assert.ThrowsAsync<ConnectorNotFoundException>(() => host.CaseSync.OpenDocumentContentAsync(1));
    }

    [Fact]
    public async Task A_read_is_retried_after_a_server_error()
    {
        using var host = new TestHost();
        host.ExpectSignIn(TestHost.Token(TestHost.Now + Duration.FromHours(2)));
        host.Http.Expect(HttpMethod.Get, $"{Api}/case/1/notes").Respond(HttpStatusCode.ServiceUnavailable);
        host.Http.Expect(HttpMethod.Get, $"{Api}/case/1/notes").Respond("application/json", "[]");

        var notes = await host.CaseSync.GetCaseNotesAsync(1);

        Assert.Empty(notes);
        host.Http.VerifyNoOutstandingExpectation();
    }
}
