using System.Globalization;

using Connectors.CasePeer.Writes;
using Connectors.Core.Http;
using Connectors.Core.Model;
using Connectors.Core.Writes;
using Connectors.Sandbox.Faults;

namespace Connectors.IntegrationTests.CasePeer;

/// <summary>
/// CASEpeer writes whose answer is lost after the sandbox applied them: resolved once (the key, or a look at the case),
/// also when the vendor ignores <c>Idempotency-Key</c>; or, when nothing can tell, <see cref="WriteOutcomeUnknownException"/>.
/// </summary>
public class CasePeerWriteSafetyTests
{
    private const string Cases = "/casepeer/api/v1/cases";
    private const string Secret = "Your settlement offer is $48,000.";

    [Theory]
    [InlineData(FaultKind.DropConnection)]
    [InlineData(FaultKind.ServerError)]
    public async Task A_note_whose_answer_is_lost_lands_once_when_the_vendor_ignores_idempotency_keys(FaultKind fault)
    {
        await using var harness = await CasePeerHarness.StartAsync(options: new() { IgnoreIdempotencyKeys = true });
        harness.Server.Faults.Add(new FaultRule
        {
            Kind = fault,
            Method = "POST",
            PathPrefix = $"{Cases}/1001/notes",
            OnRequests = [1],
            AfterHandler = true,
        });

        var note = await harness.Get<CasePeerNoteWriter>()
            .WriteNoteAsync(new PlatformMessage("m-1", new CaseKey("casepeer", "1001"), "Hearing moved."));

        Assert.Equal(note.RecordId, Assert.Single(harness.Vendor.NotesOf(1001)).Id.ToString(CultureInfo.InvariantCulture));
        Assert.Single(harness.Server.Writes.Of("casepeer", "note"));
        Assert.Equal(1, harness.Server.Faults.Fired);
    }

    [Fact]
    public async Task A_document_whose_answer_is_lost_lands_once_when_the_vendor_ignores_idempotency_keys()
    {
        await using var harness = await CasePeerHarness.StartAsync(options: new() { IgnoreIdempotencyKeys = true });
        harness.Server.Faults.Add(new FaultRule
        {
            Kind = FaultKind.DropConnection,
            Method = "POST",
            PathPrefix = $"{Cases}/1003/documents",
            OnRequests = [1],
            AfterHandler = true,
        });

        var document = await harness.Get<CasePeerDocumentWriter>()
            .WriteDocumentAsync(
                new CaseKey("casepeer", "1003"),
                new PlatformDocument("doc-42", "settlement.pdf", "%PDF-1.7 sample"u8.ToArray()));

        Assert.Equal(WriteResultKind.Written, document.Kind);
        Assert.Equal(document.RecordId, Assert.Single(harness.Vendor.DocumentsOf(1003)).Id.ToString(CultureInfo.InvariantCulture));
        Assert.Single(harness.Server.Writes.Of("casepeer", "document"));
    }

    [Fact]
    public async Task A_note_whose_answer_is_lost_and_that_cannot_be_looked_up_ends_in_WriteOutcomeUnknownException_without_a_resend()
    {
        await using var harness = await CasePeerHarness.StartAsync(options: new() { IgnoreIdempotencyKeys = true });
        harness.Server.Faults.Add(new FaultRule
        {
            Kind = FaultKind.DropConnection,
            Method = "POST",
            PathPrefix = $"{Cases}/1001/notes",
            AfterHandler = true,
        });
        harness.Server.Faults.Add(new FaultRule
        {
            Kind = FaultKind.ServerError,
            Method = "GET",
            PathPrefix = $"{Cases}/1001/notes",
            OnRequests = [.. Enumerable.Range(2, 50)],
        });

        var error = await Assert.ThrowsAsync<WriteOutcomeUnknownException>(() =>
            harness.Get<CasePeerNoteWriter>()
                .WriteNoteAsync(new PlatformMessage("m-1", new CaseKey("casepeer", "1001"), Secret)));

        Assert.Single(harness.Vendor.NotesOf(1001)); // applied once, never sent again
        Assert.Equal(1, harness.Server.Context.Requests.Count("POST", $"{Cases}/1001/notes"));
        Assert.Contains("POST /api/v1/cases/{id}/notes", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("48,000", error.ToString(), StringComparison.Ordinal);
        var attorney = harness.Vendor.Cases.First(c => c.Id == 1001).PrimaryAttorney!.Email!;
        Assert.DoesNotContain(attorney, error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_document_whose_answer_is_always_lost_and_that_cannot_be_looked_up_ends_in_WriteOutcomeUnknownException()
    {
        await using var harness = await CasePeerHarness.StartAsync(configure: o => o.WriteAttempts = 3);
        harness.Server.Faults.Add(new FaultRule
        {
            Kind = FaultKind.DropConnection,
            Method = "POST",
            PathPrefix = $"{Cases}/1003/documents",
            AfterHandler = true,
        });
        harness.Server.Faults.Add(new FaultRule
        {
            Kind = FaultKind.ServerError,
            Method = "GET",
            PathPrefix = $"{Cases}/1003/documents",
            OnRequests = [.. Enumerable.Range(2, 50)],
        });

        var error = await Assert.ThrowsAsync<WriteOutcomeUnknownException>(() =>
            harness.Get<CasePeerDocumentWriter>()
                .WriteDocumentAsync(
                    new CaseKey("casepeer", "1003"),
                    new PlatformDocument("doc-42", "settlement.pdf", "%PDF-1.7 sample"u8.ToArray())));

        Assert.Single(harness.Vendor.DocumentsOf(1003));
        Assert.Contains("POST /api/v1/cases/{id}/documents", error.Message, StringComparison.Ordinal);
    }
}
