using System.Net;
using System.Text.Json;

using Connectors.CaseXchange;
using Connectors.CaseXchange.Models;
using Connectors.CaseXchange.Plans;
using Connectors.CaseXchange.Referrals;
using Connectors.Core.Http;
using Connectors.Sandbox.CaseXchange;
using Connectors.Sandbox.Faults;

using Microsoft.Extensions.DependencyInjection;

namespace Connectors.IntegrationTests.CaseXchange;

/// <summary>The Case Xchange connector against the sandbox over real HTTP on loopback.</summary>
public sealed class CaseXchangeFlowTests
{
    private const string Messages = "/casexchange/api/public/v1/messages/send";

    private static CaseXchangeCreateSentCase Draft(string cmsId) =>
        new("Rear-end collision", "ct-pi", "jur-ca", "Ann", "Lee", CmsId: cmsId, SalesforceRecordId: "a0BDRAFT" + cmsId);

    private static async Task<List<T>> AllAsync<T>(IAsyncEnumerable<T> items)
    {
        var all = new List<T>();
        await foreach (var item in items)
        {
            all.Add(item);
        }

        return all;
    }

    [Fact]
    public async Task A_draft_is_created_referred_and_worked_by_the_other_firm_and_the_write_back_follows_it()
    {
        await using var harness = await CaseXchangeHarness.StartAsync();
        var client = harness.Client;
        var firm = await client.CheckKeyAsync();
        var partner = harness.Vendor.PartnerFirms[1];

        var draft = await client.CreateDraftAsync(Draft("NEOS-1"));
        var sent = await client.ReferAsync(draft.ReferenceNumber!, partner.Id);
        harness.Vendor.AdvanceOnHappyPath(sent.Id); // received
        harness.Vendor.AdvanceOnHappyPath(sent.Id); // under_evaluation

        var byCmsId = await client.GetSentCaseAsync("NEOS-1");
        var map = new CrmStatusMap(ReferralStatus.Known.ToDictionary(s => s, s => s.Value.ToUpperInvariant()));
        var plan = CrmWriteBackPlanner.Plan(await AllAsync(client.ReadSentCasesAsync()), map);

        Assert.Equal(harness.Vendor.Firm.Name, firm.Name);
        Assert.Equal(ReferralStatus.Draft, draft.Status);
        Assert.Equal(ReferralStatus.Sent, sent.Status);
        Assert.Equal(ReferralStatus.UnderEvaluation, byCmsId.Status);
        var update = Assert.Single(plan, w => w.ReferenceNumber == draft.ReferenceNumber);
        Assert.Equal(
            ("a0BDRAFTNEOS-1", "UNDER_EVALUATION", partner.Name),
            (update.CrmRecordId, update.StatusValue, update.ReceivingFirmName));
        Assert.All(plan.Where(w => w.CrmRecordId is null), w => Assert.Equal(CrmWriteBackPlanner.NoCrmRecordId, w.SkipReason));
        Assert.Equal(["create-draft", "refer"], harness.Server.Writes.Records.Select(r => r.Operation));
    }

    [Fact]
    public async Task A_list_without_salesforce_ids_has_each_case_read_for_it_and_the_write_back_still_updates()
    {
        var detailReads = 0;
        await using var harness = await CaseXchangeHarness.StartAsync(
            new CaseXchangeSandboxOptions { LeanSentCaseList = true },
            options: new() { Pipeline = b => b.AddHttpMessageHandler(() => new OnGetOne(() => Interlocked.Increment(ref detailReads))) });
        var map = new CrmStatusMap(ReferralStatus.Known.ToDictionary(s => s, s => s.Value.ToUpperInvariant()));
        var withCrmId = harness.Vendor.SentCases.Where(c => c.SalesforceRecordId is not null).ToList();

        var lean = await AllAsync(harness.Client.ReadSentCasesAsync());
        var filled = await AllAsync(harness.Client.ReadSentCasesWithCrmIdAsync());
        var plan = CrmWriteBackPlanner.Plan(filled, map);

        Assert.All(lean, c => Assert.Null(c.SalesforceRecordId)); // the lean list, as the vendor reference shows it
        Assert.NotEmpty(withCrmId);
        Assert.Equal(harness.Vendor.SentCases.Count, detailReads); // every item lacked it, so every case was read once
        Assert.Equal(
            withCrmId.Select(c => (c.ReferenceNumber, c.SalesforceRecordId)).Order(),
            plan.Where(w => w.IsUpdate).Select(w => (w.ReferenceNumber, w.CrmRecordId)).Order());
        Assert.Equal(
            harness.Vendor.SentCases.Count - withCrmId.Count,
            plan.Count(w => w.SkipReason == CrmWriteBackPlanner.NoCrmRecordId));
    }

    [Fact]
    public async Task A_list_that_carries_salesforce_ids_is_not_read_again_case_by_case()
    {
        var detailReads = 0;
        await using var harness = await CaseXchangeHarness.StartAsync(
            options: new() { Pipeline = b => b.AddHttpMessageHandler(() => new OnGetOne(() => Interlocked.Increment(ref detailReads))) });

        var filled = await AllAsync(harness.Client.ReadSentCasesWithCrmIdAsync());

        Assert.Equal(harness.Vendor.SentCases.Select(c => c.SalesforceRecordId), filled.Select(c => c.SalesforceRecordId));
        Assert.Equal(harness.Vendor.SentCases.Count(c => c.SalesforceRecordId is null), detailReads);
    }

    [Fact]
    public async Task Paging_reads_every_page_and_matches_the_server_totals()
    {
        await using var harness = await CaseXchangeHarness.StartAsync(configure: o => o.PageSize = 7);

        var sent = await AllAsync(harness.Client.ReadSentCasesAsync());
        var received = await AllAsync(harness.Client.ReadReceivedReferralsAsync());
        var signed = await AllAsync(harness.Client.ReadSentCasesAsync(ReferralStatus.Signed));

        Assert.Equal(harness.Vendor.SentCases.Select(c => c.Id), sent.Select(c => c.Id));
        Assert.Equal(harness.Vendor.ReceivedReferrals.Select(r => r.Id), received.Select(r => r.Id));
        Assert.True(harness.Vendor.SentCases.Count > 3 * 7);
        Assert.All(signed, c => Assert.Equal(ReferralStatus.Signed, c.Status));
        Assert.NotEmpty(signed);
    }

    [Fact]
    public async Task A_read_only_key_reads_but_a_write_fails_before_any_request()
    {
        await using var harness = await CaseXchangeHarness.StartAsync(
            configure: o => o.ApiKey = new CaseXchangeSandboxOptions().ReadOnlyKey);

        var types = await harness.Client.ListCaseTypesAsync();
        var jurisdictions = await harness.Client.ListJurisdictionsAsync();
        var ex = await Assert.ThrowsAsync<ConnectorValidationException>(() => harness.Client.CreateDraftAsync(Draft("RO-1")));

        Assert.NotEmpty(types);
        Assert.NotEmpty(jurisdictions);
        Assert.Contains("read-only", ex.Problems[0], StringComparison.Ordinal);
        Assert.Empty(harness.Server.Writes.Records);
    }

    [Fact]
    public async Task A_wrong_key_is_an_authentication_error_that_names_the_option_not_the_key()
    {
        await using var harness = await CaseXchangeHarness.StartAsync(configure: o => o.ApiKey = "cxp_full_wrong0key0value");

        var ex = await Assert.ThrowsAsync<ConnectorAuthenticationException>(() => harness.Client.CheckKeyAsync());

        Assert.Contains("CaseXchange:ApiKey", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("wrong0key", ex.ToString(), StringComparison.Ordinal);
        Assert.Equal("unauthorized", ex.VendorErrorCode);
    }

    [Fact]
    public async Task An_unknown_id_is_a_not_found_read_from_the_second_error_shape()
    {
        await using var harness = await CaseXchangeHarness.StartAsync();

        var ex = await Assert.ThrowsAsync<ConnectorNotFoundException>(() => harness.Client.GetSentCaseAsync("CX-PI-99999"));

        Assert.Equal("resource_not_found", ex.VendorErrorCode);
    }

    [Fact]
    public async Task A_colleague_referring_first_makes_the_server_answer_409_as_the_same_transition_exception()
    {
        CaseXchangeHarness? current = null;
        string? draftId = null;
        await using var harness = await CaseXchangeHarness.StartAsync(options: new()
        {
            Pipeline = b => b.AddHttpMessageHandler(() => new BeforePost(() =>
            {
                if (draftId is not null)
                {
                    current!.Vendor.Advance(draftId, "sent"); // someone else refers it between our read and our write
                }
            })),
        });
        current = harness;
        var draft = await harness.Client.CreateDraftAsync(Draft("RACE-1"));
        draftId = draft.Id;

        var ex = await Assert.ThrowsAsync<ReferralTransitionException>(() => harness.Client.ReferAsync(
            draft.Id,
            harness.Vendor.PartnerFirms[0].Id));

        Assert.Equal(HttpStatusCode.Conflict, ex.StatusCode);
        Assert.Equal("invalid_transition", ex.VendorErrorCode);
        Assert.NotNull(ex.RequestId);
    }

    [Fact]
    public async Task A_message_whose_answer_is_lost_is_not_sent_again_says_so_and_lands_once()
    {
        // Case Xchange cannot show messages back and its key handling is unverified: a resend on faith could send it twice.
        await using var harness = await CaseXchangeHarness.StartAsync();
        var referral = harness.Vendor.ReceivedReferrals.First(r => r.Status == "received");
        harness.Server.Faults.Add(new FaultRule
        {
            Kind = FaultKind.DropConnection,
            Method = "POST",
            PathPrefix = Messages,
            OnRequests = [1],
            AfterHandler = true,
        });

        await Assert.ThrowsAsync<WriteOutcomeUnknownException>(() =>
            harness.Client.SendMessageAsync(new CaseXchangeMessage(
                referral.ReferenceNumber,
                "We are evaluating the case.",
                ReferralStatus.UnderEvaluation)));

        Assert.Single(harness.Vendor.Messages);
        Assert.Single(harness.Server.Writes.Records);
        Assert.Equal("under_evaluation", harness.Vendor.ReceivedReferrals.Single(r => r.Id == referral.Id).Status);
    }

    [Fact]
    public async Task Received_referrals_reaching_under_evaluation_yield_one_intake_each_and_never_again()
    {
        await using var harness = await CaseXchangeHarness.StartAsync();
        var received = harness.Vendor.ReceivedReferrals.First(r => r.Status == "received");
        harness.Vendor.Advance(received.Id, "under_evaluation");

        var referrals = await AllAsync(harness.Client.ReadReceivedReferralsAsync());
        var first = IntakePlanner.Plan(referrals, new HashSet<string>());
        var second = IntakePlanner.Plan(referrals, first.Select(r => r.Id).ToHashSet());

        Assert.Contains(first, r => r.Id == received.Id);
        string[] reachedEvaluation = ["under_evaluation", "investigating", "signed", "in_litigation", "closing", "won", "lost", "closed"];
        Assert.Equal(
            harness.Vendor.ReceivedReferrals.Where(r => reachedEvaluation.Contains(r.Status)).Select(r => r.Id).Order(),
            first.Select(r => r.Id).Order());
        Assert.DoesNotContain(
            first,
            r => r.Status == ReferralStatus.Received || r.Status == ReferralStatus.Sent || r.Status == ReferralStatus.Rejected);
        Assert.Empty(second);
    }

    [Fact]
    public async Task The_sandbox_answers_in_the_public_api_envelopes_and_error_shapes()
    {
        await using var harness = await CaseXchangeHarness.StartAsync();
        using var http = new HttpClient { BaseAddress = harness.ApiRoot };
        http.DefaultRequestHeaders.Add("X-API-Key", harness.Vendor.Options.ReadOnlyKey);

        using var page = await http.GetAsync(new Uri("sent-cases?page=2&limit=5", UriKind.Relative));
        using var tooBig = await http.GetAsync(new Uri("sent-cases?limit=101", UriKind.Relative));
        using var write = await http.PostAsync(
            new Uri("sent-cases", UriKind.Relative),
            new StringContent("{}", System.Text.Encoding.UTF8, "application/json"));

        using var pageJson = JsonDocument.Parse(await page.Content.ReadAsStringAsync());
        Assert.Equal(5, pageJson.RootElement.GetProperty("data").GetArrayLength());
        Assert.Equal(2, pageJson.RootElement.GetProperty("pagination").GetProperty("page").GetInt32());
        Assert.StartsWith("req_", pageJson.RootElement.GetProperty("meta").GetProperty("requestId").GetString(), StringComparison.Ordinal);
        Assert.True(page.Headers.Contains("X-RateLimit-Limit"));
        using var tooBigJson = JsonDocument.Parse(await tooBig.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.BadRequest, tooBig.StatusCode);
        Assert.Equal("limit", tooBigJson.RootElement.GetProperty("error").GetProperty("details")[0].GetProperty("field").GetString());
        Assert.Equal(HttpStatusCode.Forbidden, write.StatusCode);
    }

    // Counts GET /sent-cases/{id} (one case), not the list.
    private sealed class OnGetOne(Action action) : DelegatingHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            if (request.Method == HttpMethod.Get && request.RequestUri!.AbsolutePath.Contains("/sent-cases/", StringComparison.Ordinal))
            {
                action();
            }

            return base.SendAsync(request, cancellationToken);
        }
    }

    private sealed class BeforePost(Action action) : DelegatingHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            if (request.Method == HttpMethod.Post && request.RequestUri!.AbsolutePath.EndsWith("/refer", StringComparison.Ordinal))
            {
                action();
            }

            return base.SendAsync(request, cancellationToken);
        }
    }
}
