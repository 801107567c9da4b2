using Connectors.MyCase;
using Connectors.MyCase.Webhooks;
using Connectors.Sandbox.MyCase;

using NodaTime;

namespace Connectors.IntegrationTests.MyCase;

/// <summary>
/// <see cref="MyCaseWebhooks.ReceiveAsync"/>: replay window by delivery id or signed body, failures forgotten, the fan-out cap reported.
/// </summary>
[Collection(MyCaseSerialTests.Name)]
public class MyCaseWebhookReceiptTests
{
    private static readonly Uri Callback = new("https://platform.example/hooks/mycase");

    [Fact]
    public async Task A_delivery_seen_again_within_the_window_is_answered_and_not_read_again_until_the_window_has_passed()
    {
        await using var harness = await MyCaseHarness.StartAsync();
        await harness.AuthorizeAsync();
        var webhooks = harness.Get<MyCaseWebhooks>();
        var subscriptions = await webhooks.SubscribeAsync(Callback);
        var item = harness.Vendor.Cases.First(c => !c.Closed);
        var delivery = Assert.Single(harness.Vendor.CreateDeliveries("case", "updated", item.Id));
        var hmacKey = subscriptions.Single(s => s.Id == delivery.SubscriptionId).HmacKey!;
        int CaseReads() => harness.Vendor.Requests.Count(r => r.Path == $"/v1/cases/{item.Id}");

        var first = await webhooks.ResolveAsync(webhooks.ReadDelivery(delivery.Body.Span, delivery.Signature, hmacKey));
        var again = await webhooks.ResolveAsync(webhooks.ReadDelivery(delivery.Body.Span, delivery.Signature, hmacKey));
        var receipt = await webhooks.ReceiveAsync(delivery.Body, delivery.Signature, hmacKey);

        Assert.Single(first);
        Assert.Empty(again);           // answered (no exception), not acted on
        Assert.True(receipt.Repeated);
        Assert.Empty(receipt.Cases);
        Assert.Equal(1, CaseReads());

        // Past the window the same delivery is news again (MyCase may resend an old event after an outage).
        harness.Clock.Advance(Duration.FromTimeSpan(new MyCaseOptions().Webhooks.ReplayWindow) + Duration.FromMinutes(1));
        var later = await webhooks.ReceiveAsync(delivery.Body, delivery.Signature, hmacKey);

        Assert.False(later.Repeated);
        Assert.Single(later.Cases);
        Assert.Equal(2, CaseReads());
    }

    [Fact]
    public async Task A_delivery_id_marks_a_repeat_even_when_the_signature_is_written_differently()
    {
        await using var harness = await MyCaseHarness.StartAsync();
        await harness.AuthorizeAsync();
        var webhooks = harness.Get<MyCaseWebhooks>();
        var subscriptions = await webhooks.SubscribeAsync(Callback);
        var item = harness.Vendor.Cases.First(c => !c.Closed);
        var delivery = Assert.Single(harness.Vendor.CreateDeliveries("case", "updated", item.Id));
        var hmacKey = subscriptions.Single(s => s.Id == delivery.SubscriptionId).HmacKey!;

        var first = await webhooks.ReceiveAsync(delivery.Body, delivery.Signature, hmacKey, deliveryId: "evt-1");
        var again = await webhooks.ReceiveAsync(
            delivery.Body,
            "sha256=" + delivery.Signature.ToUpperInvariant(),
            hmacKey,
            deliveryId: "evt-1");
        var other = await webhooks.ReceiveAsync(delivery.Body, delivery.Signature, hmacKey, deliveryId: "evt-2");

        Assert.False(first.Repeated);
        Assert.True(again.Repeated);
        Assert.False(other.Repeated); // another event about the same case is acted on
        Assert.Equal(2, harness.Vendor.Requests.Count(r => r.Path == $"/v1/cases/{item.Id}"));
    }

    [Fact]
    public async Task A_failed_delivery_is_not_remembered_so_its_retry_is_acted_on()
    {
        await using var harness = await MyCaseHarness.StartAsync();
        await harness.AuthorizeAsync();
        var webhooks = harness.Get<MyCaseWebhooks>();
        var subscriptions = await webhooks.SubscribeAsync(Callback);
        var item = harness.Vendor.Cases.First(c => !c.Closed);
        var delivery = Assert.Single(harness.Vendor.CreateDeliveries("case", "updated", item.Id));
        var hmacKey = subscriptions.Single(s => s.Id == delivery.SubscriptionId).HmacKey!;
        harness.Vendor.RevokeAuthorization();

        await Assert.ThrowsAnyAsync<Connectors.Core.ConnectorException>(() => webhooks.ReceiveAsync(
            delivery.Body,
            delivery.Signature,
            hmacKey));
        await harness.AuthorizeAsync();
        var retry = await webhooks.ReceiveAsync(delivery.Body, delivery.Signature, hmacKey);

        Assert.False(retry.Repeated);
        Assert.Single(retry.Cases);
    }

    [Fact]
    public async Task A_client_delivery_received_reads_at_most_the_cap_and_reports_the_rest_with_a_reason()
    {
        const int clientCases = 60;
        var data = await OneClientWithManyCases.WriteAsync(clientCases);
        try
        {
            await using var harness = await MyCaseHarness.StartAsync(new MyCaseSandboxOptions { DataFile = data });
            await harness.AuthorizeAsync();
            var webhooks = harness.Get<MyCaseWebhooks>();
            var subscriptions = await webhooks.SubscribeAsync(Callback);
            var delivery = Assert.Single(harness.Vendor.CreateDeliveries("client", "updated", OneClientWithManyCases.ClientId));
            var hmacKey = subscriptions.Single(s => s.Id == delivery.SubscriptionId).HmacKey!;
            var cap = new MyCaseOptions().Webhooks.MaxCaseReadsPerDelivery;

            var resolved = await webhooks.ResolveAsync(webhooks.ReadDelivery(delivery.Body.Span, delivery.Signature, hmacKey));
            var caseReads = harness.Vendor.Requests.Count(r => r.Path.StartsWith("/v1/cases/", StringComparison.Ordinal));

            Assert.True(cap < clientCases);
            Assert.Equal(cap, resolved.Count);
            Assert.Equal(cap, caseReads);

            var receipt = await webhooks.ReceiveAsync(delivery.Body, delivery.Signature, hmacKey, deliveryId: "evt-client");
            Assert.Equal(cap, receipt.Cases.Count);
            Assert.Equal(clientCases - cap, receipt.CasesNotRead);
            Assert.Contains(nameof(MyCaseWebhookSignatureOptions.MaxCaseReadsPerDelivery), receipt.NotReadReason, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(data);
        }
    }
}
