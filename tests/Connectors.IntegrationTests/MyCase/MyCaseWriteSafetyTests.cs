using Connectors.Core.Http;
using Connectors.Core.Model;
using Connectors.Core.Writes;
using Connectors.MyCase.Writes;
using Connectors.Sandbox.Faults;

namespace Connectors.IntegrationTests.MyCase;

/// <summary>
/// MyCase document writes whose answer is lost: resolved by looking for the document's marker on the case, or, when the
/// look fails too, <see cref="WriteOutcomeUnknownException"/> without a second create.
/// </summary>
[Collection(MyCaseSerialTests.Name)]
public class MyCaseWriteSafetyTests
{
    private static readonly PlatformDocument Letter = new(
        "platform-doc-17",
        "demand-letter.pdf",
        "%PDF-1.7 demand letter"u8.ToArray(),
        "Demand letter");

    [Fact]
    public async Task A_document_create_whose_answer_is_lost_and_that_cannot_be_looked_up_ends_in_WriteOutcomeUnknownException()
    {
        await using var harness = await MyCaseHarness.StartAsync();
        await harness.AuthorizeAsync();
        var caseId = harness.Vendor.Cases[6].Id;
        harness.Server.Faults.Add(new FaultRule
        {
            Kind = FaultKind.DropConnection,
            Method = "POST",
            PathPrefix = "/mycase/v1/cases",
            AfterHandler = true,
        });
        harness.Server.Faults.Add(new FaultRule
        {
            Kind = FaultKind.ServerError,
            Method = "GET",
            PathPrefix = "/mycase/v1/cases",
            OnRequests = [.. Enumerable.Range(2, 50)],
        });

        var error = await Assert.ThrowsAsync<WriteOutcomeUnknownException>(
            () => harness.Get<MyCaseDocumentWriter>().WriteDocumentAsync(MyCaseHarness.Key(caseId), Letter));

        Assert.Single(harness.Vendor.DocumentsOf(caseId)); // created once, never a second time
        Assert.Equal(1, harness.Server.Context.Requests.Count("POST", "/mycase/v1/cases"));
        Assert.Contains("POST /v1/cases/{id}/documents", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_document_create_whose_answer_is_always_lost_is_found_on_the_case_and_created_once()
    {
        await using var harness = await MyCaseHarness.StartAsync(configure: o => o.UploadAttempts = 2);
        await harness.AuthorizeAsync();
        var caseId = harness.Vendor.Cases[6].Id;
        harness.Server.Faults.Add(new FaultRule
        {
            Kind = FaultKind.DropConnection,
            Method = "POST",
            PathPrefix = "/mycase/v1/cases",
            AfterHandler = true,
        });

        var upload = await harness.Get<MyCaseDocumentWriter>().WriteDocumentAsync(MyCaseHarness.Key(caseId), Letter);

        Assert.Equal(WriteResultKind.Written, upload.Kind);
        Assert.Single(harness.Vendor.DocumentsOf(caseId));
    }
}
