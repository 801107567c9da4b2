using Connectors.CaseXchange;
using Connectors.CaseXchange.Models;
using Connectors.Core.Http;
using Connectors.Sandbox.Faults;

namespace Connectors.IntegrationTests.CaseXchange;

/// <summary>
/// Case Xchange writes: a key derived from the operation (never a new GUID per call), so a host that repeats a call
/// gets the first result; a lost answer resolved by looking the write up where the API can show it, also when the
/// vendor ignores <c>Idempotency-Key</c>; <see cref="WriteOutcomeUnknownException"/> where nothing can tell.
/// </summary>
public class CaseXchangeWriteSafetyTests
{
    private const string Api = "/casexchange/api/public/v1";

    private static CaseXchangeCreateSentCase Draft(string crmId = "a0B5f000001XyZ") =>
        new("Rear-end collision", "ct-pi", "jur-ca", "Dana", "Ortiz", ClientPhone: "+1 415 555 0100", SalesforceRecordId: crmId);

    [Fact]
    public async Task The_same_draft_created_twice_without_a_key_is_one_draft()
    {
        await using var harness = await CaseXchangeHarness.StartAsync();
        var before = harness.Vendor.SentCases.Count;

        var first = await harness.Client.CreateDraftAsync(Draft());
        var second = await harness.Client.CreateDraftAsync(Draft()); // the host repeats the call after a crash

        Assert.Equal(first.Id, second.Id);
        Assert.Equal(before + 1, harness.Vendor.SentCases.Count);
        Assert.Single(harness.Server.Writes.Of("casexchange", "create-draft"));
    }

    [Fact]
    public async Task Drafts_of_two_crm_records_are_two_drafts()
    {
        await using var harness = await CaseXchangeHarness.StartAsync();

        var first = await harness.Client.CreateDraftAsync(Draft("a0B-1"));
        var second = await harness.Client.CreateDraftAsync(Draft("a0B-2"));

        Assert.NotEqual(first.Id, second.Id);
    }

    [Fact]
    public async Task The_same_message_sent_twice_without_a_key_is_one_message()
    {
        await using var harness = await CaseXchangeHarness.StartAsync();
        var referral = harness.Vendor.SentCases[0].Id;

        await harness.Client.SendMessageAsync(new CaseXchangeMessage(referral, "Records attached."));
        await harness.Client.SendMessageAsync(new CaseXchangeMessage(referral, "Records attached."));

        Assert.Single(harness.Server.Writes.Of("casexchange", "message"));
    }

    [Fact]
    public async Task A_draft_whose_answer_is_lost_lands_once_when_the_vendor_ignores_idempotency_keys()
    {
        await using var harness = await CaseXchangeHarness.StartAsync(options: new() { IgnoreIdempotencyKeys = true });
        harness.Server.Faults.Add(new FaultRule
        {
            Kind = FaultKind.DropConnection,
            Method = "POST",
            PathPrefix = $"{Api}/sent-cases",
            OnRequests = [1],
            AfterHandler = true,
        });
        var before = harness.Vendor.SentCases.Count;

        var draft = await harness.Client.CreateDraftAsync(Draft(), idempotencyKey: "draft-a0B5f000001XyZ");

        Assert.Equal(before + 1, harness.Vendor.SentCases.Count);
        Assert.Equal("a0B5f000001XyZ", draft.SalesforceRecordId);
        Assert.Single(harness.Server.Writes.Of("casexchange", "create-draft"));
    }

    [Fact]
    public async Task A_referral_whose_answer_is_lost_lands_once_when_the_vendor_ignores_idempotency_keys()
    {
        await using var harness = await CaseXchangeHarness.StartAsync(options: new() { IgnoreIdempotencyKeys = true });
        var draft = await harness.Client.CreateDraftAsync(Draft());
        harness.Server.Faults.Add(new FaultRule
        {
            Kind = FaultKind.DropConnection,
            Method = "POST",
            PathPrefix = $"{Api}/sent-cases/{draft.Id}/refer",
            OnRequests = [1],
            AfterHandler = true,
        });

        var sent = await harness.Client.ReferAsync(draft.Id, harness.Vendor.PartnerFirms[0].Id);

        Assert.Equal(harness.Vendor.PartnerFirms[0].Id, sent.ReceivingFirmId);
        Assert.Single(harness.Server.Writes.Of("casexchange", "refer"));
    }

    [Fact]
    public async Task A_message_whose_answer_is_lost_ends_in_WriteOutcomeUnknownException_and_is_not_sent_again()
    {
        await using var harness = await CaseXchangeHarness.StartAsync();
        var referral = harness.Vendor.SentCases[0].Id;
        harness.Server.Faults.Add(new FaultRule
        {
            Kind = FaultKind.DropConnection,
            Method = "POST",
            PathPrefix = $"{Api}/messages/send",
            OnRequests = [1],
            AfterHandler = true,
        });

        var error = await Assert.ThrowsAsync<WriteOutcomeUnknownException>(() =>
            harness.Client.SendMessageAsync(new CaseXchangeMessage(referral, "Client phone is 415 555 0100.")));

        Assert.Equal(1, harness.Server.Context.Requests.Count("POST", $"{Api}/messages/send"));
        Assert.Single(harness.Server.Writes.Of("casexchange", "message"));
        Assert.Contains("POST /messages/send", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("555", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_message_refused_with_a_server_error_is_sent_again_with_the_same_key()
    {
        await using var harness = await CaseXchangeHarness.StartAsync();
        var referral = harness.Vendor.SentCases[0].Id;
        harness.Server.Faults.Add(new FaultRule
        {
            Kind = FaultKind.Unavailable,
            Method = "POST",
            PathPrefix = $"{Api}/messages/send",
            OnRequests = [1],
        });

        await harness.Client.SendMessageAsync(new CaseXchangeMessage(referral, "Records attached."));

        Assert.Equal(2, harness.Server.Context.Requests.Count("POST", $"{Api}/messages/send"));
        Assert.Single(harness.Server.Writes.Of("casexchange", "message"));
    }
}
