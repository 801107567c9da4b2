using System.Globalization;

using Connectors.Core.Model;
using Connectors.Core.Writes;

namespace Connectors.IntegrationTests.CasePeer;

/// <summary>
/// The CASEpeer writers resolved as Core's interfaces, against the sandbox over loopback: a write, the same write again
/// (AlreadyWritten), and one record at the vendor.
/// </summary>
public class CasePeerWriterTests
{
    [Fact]
    public async Task A_message_written_twice_through_ICaseNoteWriter_is_one_note_by_the_case_primary_attorney()
    {
        await using var harness = await CasePeerHarness.StartAsync();
        var writer = harness.Get<ICaseNoteWriter>();
        var message = new PlatformMessage("m-77", new CaseKey("casepeer", "1005"), "Your deposition is on Friday.");

        var first = await writer.WriteNoteAsync(message);
        var second = await writer.WriteNoteAsync(message);

        var stored = Assert.Single(harness.Vendor.NotesOf(1005));
        Assert.Equal(new WriteResult(message.Case, WriteResultKind.Written, stored.Id.ToString(CultureInfo.InvariantCulture)), first);
        Assert.Equal(first with { Kind = WriteResultKind.AlreadyWritten }, second);
        Assert.Equal(harness.Vendor.Cases.First(c => c.Id == 1005).PrimaryAttorney!.Email, stored.AuthorEmail);
        Assert.Equal("Received message from Case Status: Message from Case Status: Your deposition is on Friday.", stored.Note);
        Assert.Single(harness.Server.Writes.Of("casepeer", "note"));
    }

    [Fact]
    public async Task A_document_written_twice_through_ICaseDocumentWriter_is_uploaded_once()
    {
        await using var harness = await CasePeerHarness.StartAsync();
        var writer = harness.Get<ICaseDocumentWriter>();
        var key = new CaseKey("casepeer", "1006");
        var document = new PlatformDocument("doc-77", "medical-records.pdf", "%PDF-1.7 records"u8.ToArray());

        var first = await writer.WriteDocumentAsync(key, document);
        var second = await writer.WriteDocumentAsync(key, document);

        var stored = Assert.Single(harness.Vendor.DocumentsOf(1006));
        Assert.Equal(new WriteResult(key, WriteResultKind.Written, stored.Id.ToString(CultureInfo.InvariantCulture)), first);
        Assert.Equal(first with { Kind = WriteResultKind.AlreadyWritten }, second);
        Assert.Equal(("medical-records.pdf", "doc-77"), (stored.FileName, stored.ExternalId));
        Assert.Single(harness.Server.Writes.Of("casepeer", "document"));
        Assert.Equal(1, harness.Server.Context.Requests.Count("POST", "/casepeer/api/v1/cases/1006/documents"));
    }
}
