using System.Globalization;
using System.Net;
using System.Net.Http.Headers;

using Connectors.Core.Http;
using Connectors.Core.Model;
using Connectors.Core.Writes;
using Connectors.MyCase;
using Connectors.MyCase.Webhooks;
using Connectors.MyCase.Writes;
using Connectors.Sandbox.Faults;

using Microsoft.Extensions.DependencyInjection;

namespace Connectors.IntegrationTests.MyCase;

[Collection(MyCaseSerialTests.Name)]
public class MyCaseDocumentAndWebhookTests
{
    private static readonly PlatformDocument Letter = new(
        "platform-doc-17",
        "demand-letter.pdf",
        "%PDF-1.7 demand letter"u8.ToArray(),
        "Demand letter");

    // Two upload attempts and two failing presigned PUTs: the first upload gives up on the bytes after creating the record.
    private static async Task<MyCaseHarness> StartWithTwoFailingPutsAsync()
    {
        var harness = await MyCaseHarness.StartAsync(configure: o => o.UploadAttempts = 2);
        await harness.AuthorizeAsync();
        harness.Server.Faults.Add(new FaultRule { Kind = FaultKind.Unavailable, Method = "PUT", PathPrefix = "/mycase/s3", MaxTimes = 2 });
        return harness;
    }

    [Fact]
    public async Task An_upload_whose_put_fails_once_is_put_again_on_the_same_url_and_lands_once()
    {
        await using var harness = await MyCaseHarness.StartAsync();
        await harness.AuthorizeAsync();
        harness.Server.Faults.Add(new FaultRule
        {
            Kind = FaultKind.ServerError,
            Method = "PUT",
            PathPrefix = "/mycase/s3",
            OnRequests = [1],
        });
        var caseId = harness.Vendor.Cases[3].Id;

        var upload = await harness.Get<MyCaseDocumentWriter>().WriteDocumentAsync(MyCaseHarness.Key(caseId), Letter);

        Assert.Equal(WriteResultKind.Written, upload.Kind);
        var document = Assert.Single(harness.Vendor.DocumentsOf(caseId));
        Assert.Equal(1, document.UploadedVersions);
        Assert.Equal(1, document.Version);
        Assert.Equal("Case Status/demand-letter.pdf", document.Path);
        Assert.Single(harness.Server.Writes.Of("mycase", "document"));
        Assert.Single(harness.Server.Writes.Of("mycase", "document-content"));
        Assert.Equal(1, harness.Server.Faults.Fired);
    }

    [Fact]
    public async Task A_document_already_on_the_case_is_not_uploaded_again()
    {
        await using var harness = await MyCaseHarness.StartAsync();
        await harness.AuthorizeAsync();
        var caseId = harness.Vendor.Cases[4].Id;
        var documents = harness.Get<MyCaseDocumentWriter>();

        var first = await documents.WriteDocumentAsync(MyCaseHarness.Key(caseId), Letter);
        var second = await documents.WriteDocumentAsync(MyCaseHarness.Key(caseId), Letter);

        Assert.Equal(WriteResultKind.Written, first.Kind);
        Assert.Equal(WriteResultKind.AlreadyWritten, second.Kind);
        Assert.Equal(first.RecordId, second.RecordId);
        Assert.Single(harness.Vendor.DocumentsOf(caseId));
        Assert.Single(harness.Server.Writes.Of("mycase", "document-content"));
    }

    [Fact]
    public async Task A_put_that_keeps_failing_leaves_one_record_and_the_next_upload_sends_the_bytes_as_a_version()
    {
        await using var harness = await StartWithTwoFailingPutsAsync();
        var caseId = harness.Vendor.Cases[5].Id;
        var documents = harness.Get<MyCaseDocumentWriter>();

        var error = await Assert.ThrowsAsync<WriteOutcomeUnknownException>(
            () => documents.WriteDocumentAsync(MyCaseHarness.Key(caseId), Letter));
        var retried = await documents.WriteDocumentAsync(MyCaseHarness.Key(caseId), Letter);

        Assert.DoesNotContain("X-Amz-Signature", error.Message, StringComparison.Ordinal);
        Assert.Equal(WriteResultKind.Written, retried.Kind);
        var document = Assert.Single(harness.Vendor.DocumentsOf(caseId));
        Assert.Equal(2, document.Version);
        Assert.Equal(1, document.UploadedVersions);
    }

    [Fact]
    public async Task A_record_left_without_its_bytes_by_a_process_that_gave_up_is_completed_by_the_next_process()
    {
        await using var harness = await StartWithTwoFailingPutsAsync();
        var caseId = harness.Vendor.Cases[7].Id;
        await Assert.ThrowsAsync<WriteOutcomeUnknownException>(
            () => harness.Get<MyCaseDocumentWriter>().WriteDocumentAsync(MyCaseHarness.Key(caseId), Letter));

        await using var nextProcess = harness.StartAnotherProcess();
        var upload = await nextProcess.GetRequiredService<MyCaseDocumentWriter>().WriteDocumentAsync(MyCaseHarness.Key(caseId), Letter);
        var again = await nextProcess.GetRequiredService<MyCaseDocumentWriter>().WriteDocumentAsync(MyCaseHarness.Key(caseId), Letter);

        Assert.Equal((WriteResultKind.Written, WriteResultKind.AlreadyWritten), (upload.Kind, again.Kind));
        var document = Assert.Single(harness.Vendor.DocumentsOf(caseId)); // one record, never a second POST
        Assert.Equal(1, document.UploadedVersions);
        Assert.Equal(
            Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(Letter.Content.Span)).ToLowerInvariant(),
            document.Sha256);
        Assert.Equal("Demand letter [case-status-document:platform-doc-17]", document.Description);
        Assert.Single(harness.Server.Writes.Of("mycase", "document"));
    }

    [Fact]
    public async Task A_completion_mark_whose_answer_is_lost_is_sent_again_and_changes_the_record_once()
    {
        await using var harness = await MyCaseHarness.StartAsync();
        await harness.AuthorizeAsync();
        harness.Server.Faults.Add(new FaultRule
        {
            Kind = FaultKind.ServerError,
            Method = "PUT",
            PathPrefix = "/mycase/v1/documents",
            OnRequests = [1],
            AfterHandler = true,
        });
        var caseId = harness.Vendor.Cases[9].Id;

        var upload = await harness.Get<MyCaseDocumentWriter>().WriteDocumentAsync(MyCaseHarness.Key(caseId), Letter);

        Assert.Equal(WriteResultKind.Written, upload.Kind);
        Assert.Equal(1, harness.Server.Faults.Fired);
        Assert.Equal("Demand letter [case-status-document:platform-doc-17]", Assert.Single(harness.Vendor.DocumentsOf(caseId)).Description);
        Assert.Single(harness.Server.Writes.Of("mycase", "document-update"));
    }

    [Fact]
    public async Task A_post_whose_answer_is_lost_is_checked_before_it_is_sent_again()
    {
        await using var harness = await MyCaseHarness.StartAsync();
        await harness.AuthorizeAsync();
        harness.Server.Faults.Add(new FaultRule
        {
            Kind = FaultKind.ServerError,
            Method = "POST",
            PathPrefix = "/mycase/v1/cases",
            OnRequests = [1],
            AfterHandler = true,
        });
        var caseId = harness.Vendor.Cases[6].Id;

        var upload = await harness.Get<MyCaseDocumentWriter>().WriteDocumentAsync(MyCaseHarness.Key(caseId), Letter);

        Assert.Equal(WriteResultKind.Written, upload.Kind);
        var document = Assert.Single(harness.Vendor.DocumentsOf(caseId)); // applied once, never created twice
        Assert.Equal(1, document.UploadedVersions);
    }

    [Fact]
    public async Task The_presigned_put_refuses_a_bearer_token()
    {
        await using var harness = await MyCaseHarness.StartAsync();
        await harness.AuthorizeAsync();
        var caseId = harness.Vendor.Cases[8].Id;
        var upload = await harness.Get<MyCaseDocumentWriter>().WriteDocumentAsync(MyCaseHarness.Key(caseId), Letter);
        var documentId = long.Parse(upload.RecordId!, CultureInfo.InvariantCulture);
        var version = await harness.Get<IMyCaseApi>().CreateDocumentVersionAsync(documentId, default);

        using var client = new HttpClient();
        using var withBearer = new HttpRequestMessage(HttpMethod.Put, version.PutUrl) { Content = new ByteArrayContent([1, 2, 3]) };
        withBearer.Content.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        withBearer.Headers.Add("x-amz-acl", "private");
        withBearer.Headers.Authorization = new AuthenticationHeaderValue("Bearer", "any-token");
        using var refused = await client.SendAsync(withBearer);

        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Contains("<Code>AccessDenied</Code>", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(1, Assert.Single(harness.Vendor.DocumentsOf(caseId)).UploadedVersions); // nothing landed
    }

    [Fact]
    public async Task A_verified_webhook_is_a_hint_and_the_case_is_read_again()
    {
        await using var harness = await MyCaseHarness.StartAsync();
        await harness.AuthorizeAsync();
        var webhooks = harness.Get<MyCaseWebhooks>();
        var subscriptions = await webhooks.SubscribeAsync(new Uri("https://platform.example/hooks/mycase"));
        var again = await webhooks.SubscribeAsync(new Uri("https://platform.example/hooks/mycase"));
        var item = harness.Vendor.Cases.First(c => !c.Closed);
        harness.Vendor.UpdateCase(item.Id, stage: "Litigation");

        var delivery = Assert.Single(harness.Vendor.CreateDeliveries("case", "updated", item.Id));
        var hmacKey = subscriptions.Single(s => s.Id == delivery.SubscriptionId).HmacKey!;
        var hint = webhooks.ReadDelivery(delivery.Body.Span, delivery.Signature, hmacKey);
        var reread = await webhooks.ResolveAsync(hint);

        Assert.Equal(["case", "client"], subscriptions.Select(s => s.Model));
        Assert.Equal(subscriptions.Select(s => s.Id), again.Select(s => s.Id)); // not subscribed twice
        Assert.Equal(2, harness.Vendor.Subscriptions.Count);
        Assert.Equal(new MyCaseWebhookHint("case", "updated", item.Id), hint);
        Assert.Equal("Litigation", Assert.Single(reread).Status);

        var tampered = delivery.Body.ToArray();
        tampered[^2] ^= 1;
        Assert.Throws<ConnectorAuthenticationException>(() => webhooks.ReadDelivery(tampered, delivery.Signature, hmacKey));
    }

    [Fact]
    public async Task A_client_webhook_rereads_every_case_of_the_client()
    {
        await using var harness = await MyCaseHarness.StartAsync();
        await harness.AuthorizeAsync();
        var webhooks = harness.Get<MyCaseWebhooks>();
        var subscriptions = await webhooks.SubscribeAsync(new Uri("https://platform.example/hooks/mycase"));
        var item = harness.Vendor.Cases[10];

        var delivery = Assert.Single(harness.Vendor.CreateDeliveries("client", "updated", item.ClientIds[0]));
        var hint = webhooks.ReadDelivery(delivery.Body.Span, delivery.Signature, subscriptions.Single(s => s.Model == "client").HmacKey!);
        var cases = await webhooks.ResolveAsync(hint);

        Assert.Equal(item.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), Assert.Single(cases).Key.SourceId);
    }
}
