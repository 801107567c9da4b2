using System.Net;

using Connectors.CaseXchange.Models;
using Connectors.CaseXchange.Plans;
using Connectors.CaseXchange.Referrals;
using Connectors.Core.Http;

namespace Connectors.IntegrationTests.CaseXchange;

/// <summary>Reject, then re-refer from the first referral's destination record, against the sandbox over loopback.</summary>
public sealed class CaseXchangeReReferralTests
{
    private static readonly CrmObjectMapping LeadToMatter = new("Lead", "litify_pm__Matter__c");
    private static readonly CrmObjectMapping FromMatter = new("litify_pm__Matter__c", null);

    private static async Task<CaseXchangeSentCase> RejectedAsync(CaseXchangeHarness harness, string lead)
    {
        var draft = await harness.Client.CreateDraftAsync(
            new("Slip and fall", "ct-pi", "jur-ca", "Ann", "Lee", CmsId: "CMS-" + lead, SalesforceRecordId: lead));
        await harness.Client.ReferAsync(draft.Id, harness.Vendor.PartnerFirms[0].Id);
        harness.Vendor.Advance(draft.Id, "rejected"); // the receiving firm declines it
        return draft;
    }

    [Fact]
    public async Task A_rejected_case_is_re_referred_from_the_destination_record_with_the_next_sequence_number()
    {
        await using var harness = await CaseXchangeHarness.StartAsync();
        var first = await RejectedAsync(harness, "00QLEAD0001");
        var partner = harness.Vendor.PartnerFirms[1];

        var second = await harness.Client.ReReferAsync(first.Id, partner.Id, "a0MMATTER01", LeadToMatter, [LeadToMatter, FromMatter]);
        var repeat = await harness.Client.ReReferAsync(first.Id, partner.Id, "a0MMATTER01", LeadToMatter, [LeadToMatter, FromMatter]);
        var third = await harness.Client.ReReferAsync(
            first.ReferenceNumber!, harness.Vendor.PartnerFirms[2].Id, "a0MMATTER01", LeadToMatter, [LeadToMatter, FromMatter]);
        var byMatter = await harness.Client.GetSentCaseAsync("a0MMATTER01");
        var original = await harness.Client.GetSentCaseAsync("00QLEAD0001");

        Assert.Equal((2, first.Id, ReferralStatus.Sent), (second.SequenceNumber, second.BaseCaseId, second.Status));
        Assert.Equal((partner.Id, partner.Name), (second.ReceivingFirmId, second.ReceivingFirmName));
        Assert.Equal(("a0MMATTER01", "litify_pm__Matter__c"), (second.SalesforceRecordId, second.SalesforceObjectType));
        Assert.NotEqual(first.Id, second.Id);
        Assert.Equal(second, repeat); // the same key: answered with the first re-referral, no third referral
        Assert.Equal((3, first.Id), (third.SequenceNumber, third.BaseCaseId));
        Assert.Equal(second.Id, byMatter.Id); // the destination record now finds the new referral
        Assert.Equal((first.Id, ReferralStatus.Rejected), (original.Id, original.Status));
        Assert.Equal(
            ["create-draft", "refer", "re-refer", "re-refer"],
            harness.Server.Writes.Records.Select(r => r.Operation));
        Assert.Equal(harness.Vendor.Options.SentCases + 3, harness.Vendor.SentCases.Count);
    }

    [Fact]
    public async Task The_planner_refuses_before_any_request_unless_rejected_and_a_mapping_starts_from_the_destination()
    {
        await using var harness = await CaseXchangeHarness.StartAsync();
        var draft = await harness.Client.CreateDraftAsync(
            new("Dog bite", "ct-pi", "jur-ca", "Bo", "Ng", SalesforceRecordId: "00QLEAD0002"));
        await harness.Client.ReferAsync(draft.Id, harness.Vendor.PartnerFirms[0].Id);
        var partner = harness.Vendor.PartnerFirms[1].Id;

        var stillSent = await Assert.ThrowsAsync<ConnectorValidationException>(() =>
            harness.Client.ReReferAsync(draft.Id, partner, "a0MMATTER02", LeadToMatter, [LeadToMatter, FromMatter]));
        harness.Vendor.Advance(draft.Id, "rejected");
        var noMapping = await Assert.ThrowsAsync<ConnectorValidationException>(() =>
            harness.Client.ReReferAsync(draft.Id, partner, "a0MMATTER02", LeadToMatter, [LeadToMatter]));
        var noDestination = await Assert.ThrowsAsync<ConnectorValidationException>(() =>
            harness.Client.ReReferAsync(draft.Id, partner, "a0MMATTER02", new CrmObjectMapping("Lead", null), [FromMatter]));

        Assert.Contains("Only a rejected referral", stillSent.Problems[0], StringComparison.Ordinal);
        Assert.Contains("litify_pm__Matter__c", noMapping.Problems[0], StringComparison.Ordinal);
        Assert.Contains("no destination object", noDestination.Problems[0], StringComparison.Ordinal);
        Assert.Equal(["create-draft", "refer"], harness.Server.Writes.Records.Select(r => r.Operation));
    }

    [Fact]
    public async Task The_server_refuses_a_firm_without_an_active_relationship_and_a_case_this_firm_received()
    {
        await using var harness = await CaseXchangeHarness.StartAsync();
        var rejected = await RejectedAsync(harness, "00QLEAD0003");
        var received = harness.Vendor.ReceivedReferrals[0];
        using var http = new HttpClient { BaseAddress = new Uri(harness.ApiRoot, "../../v1/") };
        http.DefaultRequestHeaders.Add("X-API-Key", harness.Vendor.Options.StandardKey);

        var stranger = await Assert.ThrowsAnyAsync<ConnectorConflictException>(() =>
            harness.Client.ReReferAsync(rejected.Id, "not-a-partner", "a0MMATTER03", LeadToMatter, [LeadToMatter, FromMatter]));
        using var notOwner = await http.PostAsync(
            new Uri($"cases/{received.Id}/re-refer", UriKind.Relative),
            new StringContent(
                $$"""{"referentFirmId":"{{harness.Vendor.PartnerFirms[1].Id}}"}""", System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.Conflict, stranger.StatusCode);
        Assert.Equal("no_active_relationship", stranger.VendorErrorCode);
        Assert.Equal(HttpStatusCode.Forbidden, notOwner.StatusCode);
        Assert.Contains("permission_denied", await notOwner.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(["create-draft", "refer"], harness.Server.Writes.Records.Select(r => r.Operation));
    }
}
