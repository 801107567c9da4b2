using Connectors.MyCase;
using Connectors.MyCase.Webhooks;
using Connectors.Sandbox.MyCase;

namespace Connectors.IntegrationTests.MyCase;

/// <summary>
/// A webhook delivery is a hint that costs reads: a delivery seen again (a retry, a replay) within a bounded window is
/// answered and not acted on again, and one delivery never fans out into more than a bounded number of reads.
/// </summary>
[Collection(MyCaseSerialTests.Name)]
public class MyCaseWebhookReplayTests
{
    private static readonly Uri Callback = new("https://platform.example/hooks/mycase");

    [Fact]
    public async Task A_delivery_read_and_resolved_again_is_answered_and_not_read_again()
    {
        await using var harness = await MyCaseHarness.StartAsync();
        await harness.AuthorizeAsync();
        var webhooks = harness.Get<MyCaseWebhooks>();
        var subscriptions = await webhooks.SubscribeAsync(Callback);
        var item = harness.Vendor.Cases.First(c => !c.Closed);
        var delivery = Assert.Single(harness.Vendor.CreateDeliveries("case", "updated", item.Id));
        var hmacKey = subscriptions.Single(s => s.Id == delivery.SubscriptionId).HmacKey!;

        var first = await webhooks.ResolveAsync(webhooks.ReadDelivery(delivery.Body.Span, delivery.Signature, hmacKey));
        var again = await webhooks.ResolveAsync(webhooks.ReadDelivery(delivery.Body.Span, delivery.Signature, hmacKey));

        Assert.Single(first);
        Assert.Empty(again); // answered (no exception), not acted on
        Assert.Equal(1, harness.Vendor.Requests.Count(r => r.Path == $"/v1/cases/{item.Id}"));
    }

    [Fact]
    public async Task A_client_delivery_never_reads_more_cases_than_the_documented_cap()
    {
        const int clientCases = 60;
        const int documentedCap = 25; // MyCaseWebhookSignatureOptions.MaxCaseReadsPerDelivery's default
        var data = await OneClientWithManyCases.WriteAsync(clientCases);
        try
        {
            await using var harness = await MyCaseHarness.StartAsync(new MyCaseSandboxOptions { DataFile = data });
            await harness.AuthorizeAsync();
            var webhooks = harness.Get<MyCaseWebhooks>();
            var subscriptions = await webhooks.SubscribeAsync(Callback);
            var delivery = Assert.Single(harness.Vendor.CreateDeliveries("client", "updated", OneClientWithManyCases.ClientId));
            var hmacKey = subscriptions.Single(s => s.Id == delivery.SubscriptionId).HmacKey!;

            var resolved = await webhooks.ResolveAsync(webhooks.ReadDelivery(delivery.Body.Span, delivery.Signature, hmacKey));

            Assert.Equal(documentedCap, harness.Vendor.Requests.Count(r => r.Path.StartsWith("/v1/cases/", StringComparison.Ordinal)));
            Assert.Equal(documentedCap, resolved.Count);
        }
        finally
        {
            File.Delete(data);
        }
    }
}
