using System.Net;

using Connectors.Core.Http;
using Connectors.Core.Model;
using Connectors.Core.Windows;
using Connectors.Core.Writes;
using Connectors.MyCase.Authentication;
using Connectors.MyCase.Webhooks;
using Connectors.MyCase.Writes;

using Microsoft.Extensions.DependencyInjection;

using NodaTime;
using NodaTime.Testing;

using RichardSzalay.MockHttp;

namespace Connectors.MyCase.Tests;

/// <summary>The client through the real DI pipeline (auth, resilience, rate limit, serialisation) with MockHttp as the network.</summary>
public sealed class MyCaseClientTests : IDisposable
{
    private const string Api = "https://external-integrations.mycase.com";
    private const string Auth = "https://auth.mycase.com";
    private static readonly Instant Now = Instant.FromUtc(2026, 11, 25, 2, 0);
    private static readonly CaseKey Case11 = new("mycase", "11");
    private readonly MockHttpMessageHandler _http = new();
    private readonly FakeClock _clock = new(Now);
    private readonly InMemoryMyCaseTokenStore _store = new(Tokens("access-1", "refresh-1", Now + Duration.FromHours(20)));
    private readonly ServiceProvider _services;

    public MyCaseClientTests()
    {
        var services = new ServiceCollection();
        services.AddSingleton<IClock>(_clock);
        services.AddSingleton<IMyCaseTokenStore>(_store);
        services.ConfigureHttpClientDefaults(b => b.ConfigurePrimaryHttpMessageHandler(() => _http));
        services.AddMyCase(o =>
        {
            o.ClientId = "client-abc";
            o.ClientSecret = "secret-xyz-123";
            o.RedirectUri = new Uri("https://platform.example/mycase/callback");
            o.RetryBaseDelay = TimeSpan.Zero;
            o.PageSize = 2;
        }).ConfigurePrimaryHttpMessageHandler(() => _http); // the API client; the token and upload clients take the default above
        _services = services.BuildServiceProvider();
    }

    public void Dispose()
    {
        _services.Dispose();
        _http.Dispose();
    }

    private static MyCaseTokens Tokens(string access, string refresh, Instant expires) =>
        new(access, refresh, expires, expires + Duration.FromDays(13), "firm-uuid-1", "cases");

    private T Get<T>()
        where T : notnull => _services.GetRequiredService<T>();

    private static HttpResponseMessage Json(string body, HttpStatusCode status = HttpStatusCode.OK) =>
        new(status) { Content = new StringContent(body, System.Text.Encoding.UTF8, "application/json") };

    // The PUT of the bytes: to the presigned URL with its headers, as octet-stream, and never with the bearer token.
    private void ExpectPresignedPut(string url, string signature) =>
        _http.Expect(HttpMethod.Put, url)
            .WithQueryString("X-Amz-Signature", signature)
            .WithHeaders("x-amz-acl", "private")
            .WithHeaders("Content-Type", "application/octet-stream")
            .With(r => r.Headers.Authorization is null)
            .Respond(HttpStatusCode.OK);

    private const string TokenAnswer =
        """{"access_token": "access-2", "token_type": "Bearer", "scope": "cases", "refresh_token": "refresh-2", "expires_in": 86400}""";

    [Fact]
    public async Task Reading_cases_sends_the_window_page_size_client_fields_and_bearer_and_follows_the_link_header()
    {
        _http.Expect(HttpMethod.Get, $"{Api}/v1/staff").WithHeaders("Authorization", "Bearer access-1")
            .Respond(_ => Json("""[{"id": 7, "email": "lead@firm.example", "first_name": "Lee"}]"""));
        _http.Expect(HttpMethod.Get, $"{Api}/v1/cases")
            .WithExactQueryString(new Dictionary<string, string>
            {
                ["page_size"] = "2",
                ["filter[updated_after]"] = "2025-11-25T02:00:00Z",
                ["field[client]"] = "id,first_name,middle_name,last_name,email,cell_phone_number",
            })
            .WithHeaders("Authorization", "Bearer access-1")
            .Respond(_ =>
            {
                var response = Json("""
                    [{"id": 11, "name": "Diaz v. Insurer", "case_stage": "Treatment", "practice_area": "Personal Injury", "status": "open",
                      "updated_at": "2026-10-01T10:00:00-04:00",
                      "clients": [{"id": 5, "first_name": "Ana", "last_name": "Diaz", "cell_phone_number": "(402) 320-1234",
                                   "email": "ana@mail.example"}],
                      "staff": [{"id": 9, "lead_lawyer": false},
                                {"id": 7, "lead_lawyer": true, "originating_lawyer": true, "case_rate": null}]},
                     {"id": 12, "name": "Closed one", "case_stage": null, "practice_area": "Personal Injury", "status": "closed",
                      "updated_at": "2026-09-01T10:00:00", "clients": [], "staff": []}]
                    """);
                response.Headers.Add(
                    "Link",
                    "<https://external-integrations.mycase.com/v1/cases?page_size=2&page_token=c%2F2%2B%3D>; rel=\"next\"");
                response.Headers.Add("Item-Count", "3");
                return response;
            });
        _http.Expect(HttpMethod.Get, $"{Api}/v1/cases").WithQueryString("page_token", "c/2+=")
            .Respond(_ => Json("""[{"id": 13, "name": "Third", "status": "open", "updated_at": "2026-08-01T00:00:00Z"}]"""));
        var window = new SyncWindow(Instant.FromUtc(2025, 11, 25, 2, 0), Now);
        var progress = new List<MyCaseReadProgress>();

        var cases = new List<SourceCase>();
        await foreach (var item in Get<MyCaseCaseSource>().ReadCasesWithProgressAsync(window, new SynchronousProgress(progress.Add)))
        {
            cases.Add(item);
        }

        _http.VerifyNoOutstandingExpectation();
        Assert.Equal(["11", "12", "13"], cases.Select(c => c.Key.SourceId));
        var first = cases[0];
        Assert.Equal(new CaseKey("mycase", "11"), first.Key);
        Assert.Equal("Personal Injury", first.PracticeArea);
        Assert.Equal("Treatment", first.Status);
        Assert.False(first.IsClosed);
        Assert.Equal(Instant.FromUtc(2026, 10, 1, 14, 0), first.UpdatedAt);
        Assert.Equal("Ana", first.Client.FirstName);
        Assert.Equal("+14023201234", first.Client.Phone!.E164);
        Assert.Equal("lead@firm.example", first.AttorneyEmail);
        Assert.True(cases[1].IsClosed);
        Assert.Equal(Instant.FromUtc(2026, 9, 1, 10, 0), cases[1].UpdatedAt); // no offset: UTC, as MyCase documents
        Assert.Null(cases[1].AttorneyEmail);
        Assert.Equal(new MyCaseReadProgress(3, 3), progress[^1]);
    }

    [Fact]
    public async Task A_client_that_comes_back_with_its_id_only_is_read_once()
    {
        _http.When(HttpMethod.Get, $"{Api}/v1/staff").Respond(_ => Json("[]"));
        _http.When(HttpMethod.Get, $"{Api}/v1/cases").Respond(_ => Json("""
            [{"id": 1, "status": "open", "updated_at": "2026-10-01T00:00:00Z", "clients": [{"id": 5}]},
             {"id": 2, "status": "open", "updated_at": "2026-10-01T00:00:00Z", "clients": [{"id": 5}]}]
            """));
        var clientReads = _http.When(HttpMethod.Get, $"{Api}/v1/clients/5").Respond(_ =>
            Json("""{"id": 5, "first_name": "Ben", "last_name": "Brooks", "cell_phone_number": "312-405-1111"}"""));

        var cases = new List<SourceCase>();
        await foreach (var item in Get<MyCaseCaseSource>().ReadCasesAsync(SyncWindow.Unbounded))
        {
            cases.Add(item);
        }

        Assert.All(cases, c => Assert.Equal("Brooks", c.Client.LastName));
        Assert.Equal(1, _http.GetMatchCount(clientReads));
    }

    [Fact]
    public async Task An_access_token_near_expiry_is_refreshed_before_the_request_and_the_rotated_pair_is_saved()
    {
        _clock.Advance(Duration.FromHours(19) + Duration.FromMinutes(56)); // inside the 5-minute margin
        _http.Expect(HttpMethod.Post, $"{Auth}/tokens")
            .WithPartialContent("\"grant_type\":\"refresh_token\"")
            .WithPartialContent("\"refresh_token\":\"refresh-1\"")
            .WithPartialContent("\"client_secret\":\"secret-xyz-123\"")
            .Respond(_ => Json(TokenAnswer));
        _http.Expect(HttpMethod.Get, $"{Api}/v1/firm").WithHeaders("Authorization", "Bearer access-2").Respond(_ =>
            Json("""{"name": "Firm", "url": "https://firm.mycase.com"}"""));

        var firm = await Get<MyCaseFirmCatalog>().ReadFirmAsync();

        _http.VerifyNoOutstandingExpectation();
        var saved = await _store.GetAsync(default);
        Assert.Equal("Firm", firm.Name);
        Assert.Equal("refresh-2", saved!.RefreshToken);
        Assert.Equal("firm-uuid-1", saved.FirmUuid);
        Assert.Equal(_clock.GetCurrentInstant() + Duration.FromHours(24), saved.AccessTokenExpiresAt);
    }

    [Fact]
    public async Task A_401_is_refreshed_once_and_replayed_and_a_second_401_asks_to_reauthorize()
    {
        _http.Expect(HttpMethod.Get, $"{Api}/v1/firm").WithHeaders("Authorization", "Bearer access-1").Respond(_ =>
            Json("""{"errors": [{"description": "Expired."}]}""", HttpStatusCode.Unauthorized));
        _http.Expect(HttpMethod.Post, $"{Auth}/tokens").Respond(_ => Json(TokenAnswer));
        _http.Expect(HttpMethod.Get, $"{Api}/v1/firm").WithHeaders("Authorization", "Bearer access-2").Respond(_ =>
            Json("""{"errors": [{"description": "Not allowed."}]}""", HttpStatusCode.Unauthorized));

        var error = await Assert.ThrowsAsync<ConnectorAuthenticationException>(() => Get<MyCaseFirmCatalog>().ReadFirmAsync());

        _http.VerifyNoOutstandingExpectation();
        Assert.Equal(HttpStatusCode.Unauthorized, error.StatusCode);
        Assert.Equal("Not allowed.", error.VendorMessage);
        Assert.Contains("authorized again", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("access-2", error.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("secret-xyz-123", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Concurrent_requests_that_find_an_expired_token_share_one_refresh()
    {
        _clock.Advance(Duration.FromHours(21));
        var refreshes = 0;
        _http.When(HttpMethod.Post, $"{Auth}/tokens").Respond(async () =>
        {
            Interlocked.Increment(ref refreshes);
            await Task.Yield();
            return Json(TokenAnswer);
        });
        _http.When(HttpMethod.Get, $"{Api}/v1/firm").WithHeaders("Authorization", "Bearer access-2").Respond(_ =>
            Json("""{"name": "Firm"}"""));

        var catalog = Get<MyCaseFirmCatalog>();
        var firms = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(() => catalog.ReadFirmAsync())));

        Assert.Equal(1, refreshes);
        Assert.All(firms, f => Assert.Equal("Firm", f.Name));
    }

    [Fact]
    public void The_authorize_url_is_the_documented_one_with_state()
    {
        var uri = Get<MyCaseOAuthClient>().BuildAuthorizeUri("s t&ate");

        Assert.Equal(
            "https://auth.mycase.com/login_sessions/new?client_id=client-abc" +
            "&redirect_uri=https%3A%2F%2Fplatform.example%2Fmycase%2Fcallback&response_type=code&state=s%20t%26ate",
            uri.AbsoluteUri);
    }

    [Fact]
    public async Task The_code_exchange_posts_the_documented_json_and_keeps_the_firm_uuid()
    {
        _http.Expect(HttpMethod.Post, $"{Auth}/tokens")
            .WithPartialContent("\"grant_type\":\"authorization_code\"")
            .WithPartialContent("\"code\":\"the-code\"")
            .WithPartialContent("\"redirect_uri\":\"https://platform.example/mycase/callback\"")
            .WithPartialContent("\"client_id\":\"client-abc\"")
            .Respond(_ => Json("""{"access_token": "a", "token_type": "Bearer", "scope": "cases", "refresh_token": "r", "expires_in": """ +
                """86400, "firm_uuid": "firm-42"}"""));

        var connection = await Get<MyCaseOAuthClient>().CompleteAuthorizationAsync(
            new Uri("https://platform.example/mycase/callback?code=the-code&state=xyz"),
            "xyz");

        _http.VerifyNoOutstandingExpectation();
        Assert.Equal("firm-42", connection.FirmUuid);
        Assert.Equal("firm-42", (await _store.GetAsync(default))!.FirmUuid);
        await Assert.ThrowsAsync<ConnectorAuthenticationException>(() =>
            Get<MyCaseOAuthClient>().CompleteAuthorizationAsync(
                new Uri("https://platform.example/mycase/callback?code=c&state=forged"),
                "xyz"));
    }

    [Fact]
    public async Task A_document_is_created_then_put_to_the_presigned_url_without_the_bearer_token()
    {
        _http.Expect(HttpMethod.Get, $"{Api}/v1/cases/11/documents").Respond(_ => Json("""[{"id": 1, "description": "someone else's"}]"""));
        _http.Expect(HttpMethod.Post, $"{Api}/v1/cases/11/documents")
            .WithPartialContent("\"path\":\"Case Status/letter.pdf\"")
            .WithPartialContent("\"filename\":\"letter.pdf\"")
            .WithPartialContent("\"description\":\"[case-status-document:doc-9] [case-status-upload-pending]\"")
            .Respond(_ => Json("""{"id": 77, "path": "Case """ +
                """Status/letter.pdf", "filename": "letter.pdf", "description": "[case-status-document:doc-9] """ +
                    """[case-status-upload-pending]", "put_url": "https://bucket.s3.example/k?X-Amz-Signature=abc", "put_headers": """ +
                        """{"x-amz-acl": "private"}}""", HttpStatusCode.Created));
        ExpectPresignedPut("https://bucket.s3.example/k", "abc");
        _http.Expect(HttpMethod.Put, $"{Api}/v1/documents/77")
            .WithPartialContent("\"path\":\"Case Status/letter.pdf\"")
            .WithPartialContent("\"description\":\"[case-status-document:doc-9]\"")
            .With(r => r.Headers.Authorization?.Parameter == "access-1")
            .Respond(HttpStatusCode.NoContent);

        var upload = await Get<MyCaseDocumentWriter>().WriteDocumentAsync(
            Case11,
            new PlatformDocument("doc-9", "letter.pdf", new byte[] { 1, 2, 3 }));

        _http.VerifyNoOutstandingExpectation(); // created marked as waiting, bytes put, then the mark removed
        Assert.Equal(WriteResultKind.Written, upload.Kind);
        Assert.Equal("77", upload.RecordId); // the descriptions sent are the expectations' above
    }

    [Fact]
    public async Task A_record_an_earlier_run_left_without_its_bytes_gets_them_as_a_new_version_and_loses_its_waiting_mark()
    {
        // What a process that stopped after the POST, or whose every PUT failed, leaves behind: the record, still waiting.
        _http.Expect(HttpMethod.Get, $"{Api}/v1/cases/11/documents")
            .Respond(_ => Json("""[{"id": 77, "path": "Case Status/letter.pdf", "filename": "letter.pdf", "description": "Letter """ +
                """[case-status-document:doc-9] [case-status-upload-pending]"}]"""));
        _http.Expect(HttpMethod.Post, $"{Api}/v1/documents/77/versions")
            .Respond(_ => Json(
                """{"id": 7702, "version": 2, "put_url": "https://bucket.s3.example/v2?X-Amz-Signature=def", """ +
                """ "put_headers": {"x-amz-acl": "private"}}""",
                HttpStatusCode.Created));
        ExpectPresignedPut("https://bucket.s3.example/v2", "def");
        _http.Expect(HttpMethod.Put, $"{Api}/v1/documents/77")
            .WithPartialContent("\"description\":\"Letter [case-status-document:doc-9]\"")
            .Respond(HttpStatusCode.NoContent);

        var upload = await Get<MyCaseDocumentWriter>().WriteDocumentAsync(
            Case11,
            new PlatformDocument("doc-9", "letter.pdf", new byte[] { 1, 2, 3 }, "Letter"));

        _http.VerifyNoOutstandingExpectation(); // no second POST of the record
        Assert.Equal(WriteResultKind.Written, upload.Kind);
        Assert.Equal("77", upload.RecordId);
    }

    [Fact]
    public async Task A_presigned_put_refused_by_the_bucket_is_not_put_again()
    {
        var puts = ExpectCreatedThenPuts(HttpStatusCode.Forbidden);

        var error = await Assert.ThrowsAsync<ConnectorApiException>(() => Get<MyCaseDocumentWriter>().WriteDocumentAsync(
            Case11,
            new PlatformDocument("doc-9", "letter.pdf", new byte[] { 1, 2, 3 })));

        Assert.Equal(1, puts()); // a refusal (an expired signature, say) is not repeated: the next upload gets a new URL
        Assert.Equal(HttpStatusCode.Forbidden, error.StatusCode);
        Assert.DoesNotContain("X-Amz-Signature", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bytes_whose_every_put_fails_end_in_WriteOutcomeUnknownException_after_every_attempt()
    {
        var puts = ExpectCreatedThenPuts(HttpStatusCode.ServiceUnavailable);

        var error = await Assert.ThrowsAsync<WriteOutcomeUnknownException>(() => Get<MyCaseDocumentWriter>().WriteDocumentAsync(
            Case11,
            new PlatformDocument("doc-9", "letter.pdf", new byte[] { 1, 2, 3 })));

        Assert.Equal(3, puts()); // UploadAttempts, the same bytes to the same URL
        Assert.Equal(HttpStatusCode.ServiceUnavailable, error.StatusCode);
        Assert.Contains("Document 77", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("X-Amz-Signature", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_presigned_put_answered_429_is_put_again_and_lands()
    {
        _http.Expect(HttpMethod.Get, $"{Api}/v1/cases/11/documents").Respond(_ => Json("[]"));
        _http.Expect(HttpMethod.Post, $"{Api}/v1/cases/11/documents")
            .Respond(_ => Json(
                """{"id": 77, "description": "[case-status-document:doc-9] [case-status-upload-pending]", """ +
                """ "put_url": "https://bucket.s3.example/k?X-Amz-Signature=abc"}""",
                HttpStatusCode.Created));
        _http.Expect(HttpMethod.Put, "https://bucket.s3.example/k").Respond(HttpStatusCode.TooManyRequests);
        _http.Expect(HttpMethod.Put, "https://bucket.s3.example/k").Respond(HttpStatusCode.OK); // a 429 was not applied: put again
        _http.Expect(HttpMethod.Put, $"{Api}/v1/documents/77").Respond(HttpStatusCode.NoContent);

        var upload = await Get<MyCaseDocumentWriter>().WriteDocumentAsync(
            Case11,
            new PlatformDocument("doc-9", "letter.pdf", new byte[] { 1, 2, 3 }));

        _http.VerifyNoOutstandingExpectation();
        Assert.Equal(WriteResultKind.Written, upload.Kind);
    }

    // The record is created; every PUT of its bytes answers <paramref name="put"/>. Returns the count of PUTs made.
    private Func<int> ExpectCreatedThenPuts(HttpStatusCode put)
    {
        var puts = 0;
        _http.Expect(HttpMethod.Get, $"{Api}/v1/cases/11/documents").Respond(_ => Json("[]"));
        _http.Expect(HttpMethod.Post, $"{Api}/v1/cases/11/documents")
            .Respond(_ => Json(
                """{"id": 77, "description": "[case-status-document:doc-9] [case-status-upload-pending]", """ +
                """ "put_url": "https://bucket.s3.example/k?X-Amz-Signature=abc"}""",
                HttpStatusCode.Created));
        _http.When(HttpMethod.Put, "https://bucket.s3.example/k").With(_ => ++puts > 0).Respond(put);
        return () => puts;
    }

    [Fact]
    public async Task A_subscription_whose_answer_is_lost_is_looked_up_and_not_created_twice()
    {
        const string Hook = "https://platform.example/hooks/mycase";
        _http.Expect(HttpMethod.Get, $"{Api}/v1/webhooks/subscriptions").Respond(_ => Json("[]"));
        _http.Expect(
            HttpMethod.Post,
            $"{Api}/v1/webhooks/subscriptions").WithPartialContent("\"model\":\"case\"").Respond(HttpStatusCode.InternalServerError);
        _http.Expect(HttpMethod.Get, $"{Api}/v1/webhooks/subscriptions").Respond(_ =>
            Json($$"""[{"id": "s1", "model": "case", "url": "{{Hook}}"}]"""));
        _http.Expect(HttpMethod.Post, $"{Api}/v1/webhooks/subscriptions").WithPartialContent("\"model\":\"client\"")
            .Respond(_ => Json($$"""{"id": "s2", "model": "client", "url": "{{Hook}}"}""", HttpStatusCode.Created));

        var subscriptions = await Get<MyCaseWebhooks>().SubscribeAsync(new Uri(Hook));

        _http.VerifyNoOutstandingExpectation(); // the lost one was found on the list, never posted again
        Assert.Equal(["s1", "s2"], subscriptions.Select(s => s.Id));
    }

    [Fact]
    public async Task A_cancellation_whose_answer_is_lost_is_looked_up_and_done_when_the_subscription_is_gone()
    {
        _http.Expect(HttpMethod.Delete, $"{Api}/v1/webhooks/subscriptions/s1").Respond(HttpStatusCode.BadGateway);
        _http.Expect(HttpMethod.Get, $"{Api}/v1/webhooks/subscriptions").Respond(_ => Json("""[{"id": "s2", "model": "client"}]"""));

        await Get<MyCaseWebhooks>().UnsubscribeAsync("s1");

        _http.VerifyNoOutstandingExpectation();
    }

    [Fact]
    public async Task A_completed_record_is_left_alone()
    {
        _http.Expect(HttpMethod.Get, $"{Api}/v1/cases/11/documents")
            .Respond(_ => Json("""[{"id": 77, "description": "Letter [case-status-document:doc-9]"}]"""));

        var upload = await Get<MyCaseDocumentWriter>().WriteDocumentAsync(
            Case11,
            new PlatformDocument("doc-9", "letter.pdf", new byte[] { 1, 2, 3 }, "Letter"));

        _http.VerifyNoOutstandingExpectation();
        Assert.Equal(WriteResultKind.AlreadyWritten, upload.Kind);
    }

    [Fact]
    public async Task A_validation_error_carries_mycase_descriptions_and_their_sources()
    {
        _http.When(HttpMethod.Get, $"{Api}/v1/cases/11/documents").Respond(_ => Json("[]"));
        _http.When(HttpMethod.Post, $"{Api}/v1/cases/11/documents").Respond(_ => Json(
            """{"errors": [{"description": "is invalid", "source": {"pointer": "/path"}}, {"description": "too long", "source": """ +
                """{"parameter": "x"}}]}""", HttpStatusCode.UnprocessableEntity));

        var error = await Assert.ThrowsAsync<ConnectorApiException>(() => Get<MyCaseDocumentWriter>().WriteDocumentAsync(
            Case11,
            new PlatformDocument("d", "a.pdf", new byte[] { 1 })));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, error.StatusCode);
        Assert.Equal("is invalid (at /path) too long (parameter x)", error.VendorMessage);
    }

    private sealed class SynchronousProgress(Action<MyCaseReadProgress> report) : IProgress<MyCaseReadProgress>
    {
        public void Report(MyCaseReadProgress value) => report(value);
    }
}
