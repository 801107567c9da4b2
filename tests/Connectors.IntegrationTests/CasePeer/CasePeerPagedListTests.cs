using System.Globalization;
using System.Net.Http.Headers;

using Connectors.CasePeer.Messages;
using Connectors.Core.Model;
using Connectors.Core.Writes;
using Connectors.IntegrationTests.Harness;

namespace Connectors.IntegrationTests.CasePeer;

/// <summary>
/// A case's documents and notes span pages (the sandbox pages them as it pages cases; page size 2 here): the document
/// check before create and the note echo filter see every page, not only the first.
/// </summary>
public class CasePeerPagedListTests
{
    private const string Cases = "/casepeer/api/v1/cases";

    // Keys ignored, as a CASEpeer that does not honour Idempotency-Key: only the look before create stops a second upload.
    private static Task<CasePeerHarness> StartAsync() => CasePeerHarness.StartAsync(
        configure: o => o.PageSize = 2,
        options: new SandboxHarnessOptions { IgnoreIdempotencyKeys = true });

    private static PlatformDocument Document(int n) => new($"doc-{n}", $"record-{n}.pdf", "%PDF-1.7 record"u8.ToArray());

    [Fact]
    public async Task A_document_on_page_3_of_the_case_documents_is_found_and_not_uploaded_again()
    {
        await using var harness = await StartAsync();
        var writer = harness.Get<ICaseDocumentWriter>();
        var key = new CaseKey("casepeer", "1006");
        for (var n = 1; n <= 5; n++)
        {
            Assert.Equal(WriteResultKind.Written, (await writer.WriteDocumentAsync(key, Document(n))).Kind);
        }

        var stored = harness.Vendor.DocumentsOf(1006);
        Assert.Equal("doc-5", stored[4].ExternalId); // document 5 is alone on page 3
        var readsBefore = harness.Server.Context.Requests.Count("GET", $"{Cases}/1006/documents");

        var again = await writer.WriteDocumentAsync(key, Document(5));

        Assert.Equal(new WriteResult(key, WriteResultKind.AlreadyWritten, stored[4].Id.ToString(CultureInfo.InvariantCulture)), again);
        Assert.Equal(5, harness.Vendor.DocumentsOf(1006).Count);
        Assert.Equal(5, harness.Server.Context.Requests.Count("POST", $"{Cases}/1006/documents"));
        Assert.Equal(readsBefore + 3, harness.Server.Context.Requests.Count("GET", $"{Cases}/1006/documents"));
    }

    [Fact]
    public async Task The_look_for_a_document_stops_at_the_page_that_holds_it()
    {
        await using var harness = await StartAsync();
        var writer = harness.Get<ICaseDocumentWriter>();
        var key = new CaseKey("casepeer", "1006");
        for (var n = 1; n <= 5; n++)
        {
            await writer.WriteDocumentAsync(key, Document(n));
        }

        var readsBefore = harness.Server.Context.Requests.Count("GET", $"{Cases}/1006/documents");

        var again = await writer.WriteDocumentAsync(key, Document(1));

        Assert.Equal(WriteResultKind.AlreadyWritten, again.Kind);
        Assert.Equal(readsBefore + 1, harness.Server.Context.Requests.Count("GET", $"{Cases}/1006/documents"));
    }

    [Fact]
    public async Task A_user_note_on_page_3_is_read_and_the_echoes_on_every_page_are_dropped()
    {
        await using var harness = await StartAsync();
        var writer = harness.Get<ICaseNoteWriter>();
        for (var n = 1; n <= 4; n++)
        {
            await writer.WriteNoteAsync(new PlatformMessage($"m-{n}", new CaseKey("casepeer", "1005"), $"Update {n}"));
        }

        await PostNoteAsync(harness, "The client called about the hearing date.");
        await writer.WriteNoteAsync(new PlatformMessage("m-6", new CaseKey("casepeer", "1005"), "Update 6"));
        Assert.Equal(6, harness.Vendor.NotesOf(1005).Count);

        var fromUsers = await harness.Get<CasePeerMessages>().ReadNotesFromCasePeerAsync("1005");

        var note = Assert.Single(fromUsers);
        Assert.Equal("The client called about the hearing date.", note.Note);
    }

    [Fact]
    public async Task A_message_whose_note_is_on_page_3_is_AlreadyWritten_and_not_written_again()
    {
        // Keys honoured: CASEpeer answers the repeat with the note it wrote first, which is on page 3.
        await using var harness = await CasePeerHarness.StartAsync(configure: o => o.PageSize = 2);
        var writer = harness.Get<ICaseNoteWriter>();
        for (var n = 1; n <= 4; n++)
        {
            await writer.WriteNoteAsync(new PlatformMessage($"m-{n}", new CaseKey("casepeer", "1005"), $"Update {n}"));
        }

        var message = new PlatformMessage("m-5", new CaseKey("casepeer", "1005"), "Update 5");
        var first = await writer.WriteNoteAsync(message);
        var second = await writer.WriteNoteAsync(message);

        Assert.Equal(first with { Kind = WriteResultKind.AlreadyWritten }, second);
        Assert.Equal(5, harness.Vendor.NotesOf(1005).Count);
    }

    private static async Task PostNoteAsync(CasePeerHarness harness, string text)
    {
        using var client = new HttpClient { BaseAddress = harness.Server.BaseAddressOf("casepeer") };
        using var request = new HttpRequestMessage(HttpMethod.Post, "api/v1/cases/1005/notes");
        request.Headers.Add("X-API-Key", harness.Vendor.Options.ApiKey);
        request.Content = new StringContent(
            $$"""{"note": "{{text}}", "author_email": "a.reyes@firm.example"}""",
            MediaTypeHeaderValue.Parse("application/json"));
        using var response = await client.SendAsync(request);
        response.EnsureSuccessStatusCode();
    }
}
