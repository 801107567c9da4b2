using System.Net;

using Connectors.CaseXchange.Models;
using Connectors.CaseXchange.Referrals;
using Connectors.Core.Http;

using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

using RichardSzalay.MockHttp;

namespace Connectors.CaseXchange.Tests;

/// <summary>The client through the real DI pipeline (key and rate-limit handlers, resilience, JSON) with MockHttp as the network.</summary>
public sealed class CaseXchangeClientTests : IDisposable
{
    private const string StandardKey = "cxp_std_unit0test0key0123";
    private const string Root = "https://cx.example/api/public/v1";
    private readonly MockHttpMessageHandler _http = new();
    private ServiceProvider? _services;

    public void Dispose()
    {
        _services?.Dispose();
        _http.Dispose();
    }

    private CaseXchangeClient Client(string key = StandardKey, int pageSize = 2)
    {
        var services = new ServiceCollection();
        services.AddCaseXchange(o =>
        {
            o.Environment = CaseXchangeEnvironment.Custom;
            o.BaseAddress = new Uri(Root + "/");
            o.ApiKey = key;
            o.RetryBaseDelay = TimeSpan.Zero;
            o.PageSize = pageSize;
        }).ConfigurePrimaryHttpMessageHandler(() => _http);
        _services = services.BuildServiceProvider();
        return _services.GetRequiredService<CaseXchangeClient>();
    }

    private static string Sent(string id, string status, string? salesforce = null) =>
        $$"""
        {"id":"{{id}}","referenceNumber":"CX-PI-{{id}}","cmsId":null,"receivingFirmName":"Harbor","receivingFirmId":"f1",
        "status":"{{status}}","closingStatus":null,"updatedAt":"2026-03-28T14:32:00.000Z",
        "salesforceRecordId":{{(salesforce is null ? "null" : $"\"{salesforce}\"")}}}
        """;

    private static string Meta => """{"requestId":"req_1","timestamp":"2026-03-28T14:32:00.000Z"}""";

    [Fact]
    public async Task Lists_follow_page_and_limit_until_the_last_page_and_unwrap_the_envelope()
    {
        _http.Expect(HttpMethod.Get, $"{Root}/sent-cases").WithExactQueryString("page=1&limit=2").WithHeaders("X-API-Key", StandardKey)
            .Respond("application/json", $$"""
                {"data":[{{Sent("00001", "sent")}},{{Sent("00002", "future_status")}}],
                "pagination":{"page":1,"limit":2,"total":3,"totalPages":2},"meta":{{Meta}}}
                """);
        _http.Expect(HttpMethod.Get, $"{Root}/sent-cases").WithExactQueryString("page=2&limit=2")
            .Respond("application/json", $$"""
                {"data":[{{Sent("00003", "won", "a0B1")}}],"pagination":{"page":2,"limit":2,"total":3,"totalPages":2},"meta":{{Meta}}}
                """);

        var all = new List<CaseXchangeSentCase>();
        await foreach (var item in Client().ReadSentCasesAsync())
        {
            all.Add(item);
        }

        _http.VerifyNoOutstandingExpectation();
        Assert.Equal(["00001", "00002", "00003"], all.Select(c => c.Id));
        Assert.Equal("future_status", all[1].Status.Value);
        Assert.False(all[1].Status.IsKnown);
        Assert.Equal("a0B1", CaseXchangeMapper.ToSentCase(all[2]).CrmRecordId);
        Assert.Null(CaseXchangeMapper.ToSentCase(all[0]).CrmRecordId);
    }

    [Fact]
    public async Task The_first_error_shape_becomes_an_exception_with_code_message_details_and_request_id()
    {
        _http.When(HttpMethod.Post, $"{Root}/sent-cases").Respond(HttpStatusCode.BadRequest, "application/json",
            """
            {"error":{"code":"validation_error","message":"Invalid","details":[{"field":"jurisdiction","message":"Unknown jurisdiction"},
            {"field":"jurisdiction","message":"Second problem"}]},"meta":{"requestId":"req_42","timestamp":"2026-03-28T14:32:00.000Z"}}
            """);

        var ex = await Assert.ThrowsAsync<ConnectorApiException>(() =>
            Client().CreateDraftAsync(new CaseXchangeCreateSentCase("Title", "ct-pi", "nowhere", "Ann", "Lee")));

        Assert.Equal(HttpStatusCode.BadRequest, ex.StatusCode);
        Assert.Equal("validation_error", ex.VendorErrorCode);
        Assert.Equal("Invalid", ex.VendorMessage);
        Assert.Equal("req_42", ex.RequestId);
        Assert.Equal(["Unknown jurisdiction", "Second problem"], ex.Details["jurisdiction"]);
    }

    [Fact]
    public async Task The_second_error_shape_becomes_a_not_found_with_its_code_and_message()
    {
        _http.When(HttpMethod.Get, $"{Root}/received-referrals/CX-PI-99999").Respond(HttpStatusCode.NotFound, "application/json",
            """{"success":false,"error":{"code":"resource_not_found","message":"No referral"},"message":"Resource not found"}""");

        var ex = await Assert.ThrowsAsync<ConnectorNotFoundException>(() => Client().GetReceivedReferralAsync("CX-PI-99999"));

        Assert.Equal("resource_not_found", ex.VendorErrorCode);
        Assert.Equal("No referral", ex.VendorMessage);
    }

    [Fact]
    public async Task A_write_with_a_read_only_key_fails_before_any_request()
    {
        var anything = _http.When("*").Respond(HttpStatusCode.Created);
        var client = Client("cxp_ro_unit0test0key0123");

        var ex = await Assert.ThrowsAsync<ConnectorValidationException>(() =>
            client.CreateDraftAsync(new CaseXchangeCreateSentCase("T", "ct-pi", "jur-ca", "A", "B")));

        Assert.Contains("read-only", ex.Problems[0], StringComparison.Ordinal);
        Assert.DoesNotContain("unit0test0key", ex.ToString(), StringComparison.Ordinal);
        Assert.Equal(0, _http.GetMatchCount(anything));
    }

    [Fact]
    public async Task Refer_refuses_a_case_that_is_not_a_draft_without_posting()
    {
        _http.When(HttpMethod.Get, $"{Root}/sent-cases/CX-PI-00001")
            .Respond("application/json", $$"""{"data":{{Sent("00001", "signed")}},"meta":{{Meta}}}""");
        var post = _http.When(HttpMethod.Post, $"{Root}/sent-cases/00001/refer").Respond(HttpStatusCode.Created);

        var ex = await Assert.ThrowsAsync<ReferralTransitionException>(() => Client().ReferAsync("CX-PI-00001", "f2"));

        Assert.Equal(ReferralStatus.Signed, ex.From);
        Assert.Equal(ReferralStatus.Sent, ex.To);
        Assert.Null(ex.StatusCode);
        Assert.Equal(0, _http.GetMatchCount(post));
    }

    [Fact]
    public async Task A_409_from_the_server_is_the_same_transition_exception()
    {
        _http.When(HttpMethod.Get, $"{Root}/sent-cases/00001")
            .Respond("application/json", $$"""{"data":{{Sent("00001", "draft")}},"meta":{{Meta}}}""");
        _http.When(HttpMethod.Post, $"{Root}/sent-cases/00001/refer").Respond(HttpStatusCode.Conflict, "application/json",
            """{"error":{"code":"invalid_transition","message":"Already sent"},"meta":{"requestId":"req_9"}}""");

        var ex = await Assert.ThrowsAsync<ReferralTransitionException>(() => Client().ReferAsync("00001", "f2"));

        Assert.Equal(HttpStatusCode.Conflict, ex.StatusCode);
        Assert.Equal("invalid_transition", ex.VendorErrorCode);
        Assert.Equal("req_9", ex.RequestId);
    }

    [Fact]
    public async Task Re_refer_posts_to_the_api_v1_path_beside_the_public_root_with_a_derived_key_resent_after_a_5xx()
    {
        var keys = new List<string>();
        var bodies = new List<string>();
        var calls = 0;
        _http.When(HttpMethod.Get, $"{Root}/sent-cases/CX-PI-00001")
            .Respond("application/json", $$"""{"data":{{Sent("00001", "rejected", "00QLEAD")}},"meta":{{Meta}}}""");
        _http.When(HttpMethod.Post, "https://cx.example/api/v1/cases/00001/re-refer").Respond(async request =>
        {
            keys.Add(request.Headers.GetValues("Idempotency-Key").Single());
            bodies.Add(await request.Content!.ReadAsStringAsync());
            return ++calls == 1
                ? new HttpResponseMessage(HttpStatusCode.ServiceUnavailable)
                : new HttpResponseMessage(HttpStatusCode.Created)
                {
                    Content = new StringContent(
                        $$"""
                        {"data":{"id":"00002","referenceNumber":"CX-PI-00002","sequenceNumber":2,"baseCaseId":"00001",
                        "receivingFirmId":"f2","receivingFirmName":"Summit","status":"sent","salesforceRecordId":"a0MMATTER",
                        "salesforceObjectType":"Matter"},"meta":{{Meta}}}
                        """,
                        System.Text.Encoding.UTF8,
                        "application/json"),
                };
        });
        var first = new Plans.CrmObjectMapping("Lead", "Matter");

        var referral = await Client().ReReferAsync("CX-PI-00001", "f2", "a0MMATTER", first, [first, new("Matter", null)]);

        Assert.Equal((2, "00001", ReferralStatus.Sent), (referral.SequenceNumber, referral.BaseCaseId, referral.Status));
        Assert.Equal(["re-refer:00001:f2:a0MMATTER", "re-refer:00001:f2:a0MMATTER"], keys);
        Assert.Equal(
            """{"referentFirmId":"f2","salesforceRecordId":"a0MMATTER","salesforceObjectType":"Matter"}""",
            bodies[1]);
    }

    [Fact]
    public async Task A_write_resent_after_a_5xx_carries_the_same_idempotency_key()
    {
        var keys = new List<string>();
        var calls = 0;
        _http.When(HttpMethod.Post, $"{Root}/messages/send").Respond(request =>
        {
            keys.Add(request.Headers.GetValues("Idempotency-Key").Single());
            return ++calls == 1
                ? new HttpResponseMessage(HttpStatusCode.ServiceUnavailable)
                : new HttpResponseMessage(HttpStatusCode.Created)
                {
                    Content = new StringContent(
                        $$"""{"data":{"id":"m1","referralId":"r1","isMessage":true},"meta":{{Meta}}}""",
                        System.Text.Encoding.UTF8,
                        "application/json"),
                };
        });

        var receipt = await Client().SendMessageAsync(new CaseXchangeMessage("r1", "Hello"));

        Assert.Equal("m1", receipt.Id);
        Assert.Equal(2, keys.Count);
        Assert.Equal(keys[0], keys[1]);
    }

    [Fact]
    public async Task A_requested_status_the_flow_forbids_is_refused_before_sending()
    {
        _http.When(HttpMethod.Get, $"{Root}/sent-cases/r1").Respond(
            HttpStatusCode.NotFound, "application/json", """{"success":false,"error":{"code":"resource_not_found","message":"no"}}""");
        _http.When(HttpMethod.Get, $"{Root}/received-referrals/r1").Respond("application/json",
            $$"""
            {"data":{"id":"r1","referenceNumber":"CX-PI-1","sendingFirmName":"S","sendingFirmId":"f","status":"received",
            "updatedAt":"2026-03-28T14:32:00.000Z"},"meta":{{Meta}}}
            """);
        var send = _http.When(HttpMethod.Post, $"{Root}/messages/send").Respond(HttpStatusCode.Created);

        var ex = await Assert.ThrowsAsync<ReferralTransitionException>(() =>
            Client().SendMessageAsync(new CaseXchangeMessage("r1", "Signing", ReferralStatus.Signed)));

        Assert.Equal(ReferralStatus.Received, ex.From);
        Assert.Equal(0, _http.GetMatchCount(send));
    }

    [Fact]
    public async Task A_409_on_a_message_asking_for_a_status_is_the_transition_exception_with_the_vendors_code()
    {
        _http.When(HttpMethod.Get, $"{Root}/sent-cases/00001")
            .Respond("application/json", $$"""{"data":{{Sent("00001", "sent")}},"meta":{{Meta}}}""");
        _http.When(HttpMethod.Post, $"{Root}/messages/send").Respond(HttpStatusCode.Conflict, "application/json",
            """{"error":{"code":"invalid_transition","message":"Not now"},"meta":{"requestId":"req_7"}}""");

        var ex = await Assert.ThrowsAsync<ReferralTransitionException>(() =>
            Client().SendMessageAsync(new CaseXchangeMessage("00001", "Received, thanks.", ReferralStatus.Received)));

        Assert.Equal((HttpStatusCode.Conflict, "invalid_transition", "req_7"), (ex.StatusCode, ex.VendorErrorCode, ex.RequestId));
        Assert.Equal((ReferralStatus.Sent, ReferralStatus.Received), (ex.From, ex.To));
    }

    [Theory]
    [InlineData("null")]
    [InlineData("""{"meta":{"requestId":"req_1"}}""")]
    public async Task A_message_answered_without_a_receipt_is_a_format_error(string body)
    {
        _http.When(HttpMethod.Post, $"{Root}/messages/send").Respond(HttpStatusCode.Created, "application/json", body);

        await Assert.ThrowsAsync<ConnectorResponseFormatException>(() => Client().SendMessageAsync(new CaseXchangeMessage("r1", "Hello")));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(5001)]
    public async Task A_message_outside_1_to_5000_characters_is_refused(int length)
    {
        var ex = await Assert.ThrowsAsync<ConnectorValidationException>(() =>
            Client().SendMessageAsync(new CaseXchangeMessage("r1", new string('x', length))));

        Assert.Contains("1 to 5000", ex.Problems[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_key_goes_to_the_configured_host_only()
    {
        var ours = _http.When($"{Root}/firms/me").WithHeaders("X-API-Key", StandardKey).Respond(HttpStatusCode.OK);
        var theirs = _http.When("https://elsewhere.example/*").With(r => !r.Headers.Contains("X-API-Key")).Respond(HttpStatusCode.OK);
        Client();
        var options = _services!.GetRequiredService<IOptionsMonitor<CaseXchangeOptions>>();
        using var invoker = new HttpMessageInvoker(
            new Shared.ApiKeyHandler(() => options.CurrentValue.ApiKeyCredential) { InnerHandler = _http });

        using var toUs = await invoker.SendAsync(new HttpRequestMessage(HttpMethod.Get, $"{Root}/firms/me"), CancellationToken.None);
        using var toThem = await invoker.SendAsync(
            new HttpRequestMessage(HttpMethod.Get, "https://elsewhere.example/firms/me"), CancellationToken.None);

        Assert.Equal(1, _http.GetMatchCount(ours));
        Assert.Equal(1, _http.GetMatchCount(theirs));
    }

    [Fact]
    public void A_malformed_key_fails_at_start_up_without_showing_it()
    {
        var ex = Assert.Throws<OptionsValidationException>(() => Client("not-a-key-secret123"));

        Assert.Contains("malformed", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("secret123", ex.Message, StringComparison.Ordinal);
    }
}
