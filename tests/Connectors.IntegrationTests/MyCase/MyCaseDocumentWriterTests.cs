using System.Globalization;

using Connectors.Core.Model;
using Connectors.Core.Writes;

namespace Connectors.IntegrationTests.MyCase;

/// <summary>The MyCase document writer as a host sees it: the Core interface from DI, over real HTTP to the sandbox.</summary>
[Collection(MyCaseSerialTests.Name)]
public class MyCaseDocumentWriterTests
{
    [Fact]
    public async Task A_document_written_twice_through_ICaseDocumentWriter_is_one_record_at_MyCase()
    {
        await using var harness = await MyCaseHarness.StartAsync();
        await harness.AuthorizeAsync();
        var caseId = harness.Vendor.Cases[5].Id;
        var writer = harness.Get<ICaseDocumentWriter>();
        var key = new CaseKey(writer.SourceSystem, caseId.ToString(CultureInfo.InvariantCulture));
        var letter = new PlatformDocument("platform-doc-31", "intake.pdf", "%PDF-1.7 intake"u8.ToArray(), "Intake");

        var first = await writer.WriteDocumentAsync(key, letter);
        var second = await writer.WriteDocumentAsync(key, letter);

        var record = Assert.Single(harness.Vendor.DocumentsOf(caseId));
        Assert.Equal(new WriteResult(key, WriteResultKind.Written, record.Id.ToString(CultureInfo.InvariantCulture)), first);
        Assert.Equal(first with { Kind = WriteResultKind.AlreadyWritten }, second);
        Assert.Equal(1, record.UploadedVersions);
        Assert.Single(harness.Server.Writes.Of("mycase", "document-content"));
    }
}
