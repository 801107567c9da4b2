using Connectors.Core.Windows;
using Connectors.Sandbox.SmartAdvocate;

using NodaTime;

namespace Connectors.IntegrationTests.SmartAdvocate;

public class SmartAdvocateCaseSyncIntegrationTests
{
    [Fact]
    public async Task Reads_every_case_with_its_plaintiff_status_and_sub_status()
    {
        await using var sandbox = await SmartAdvocateHarness.StartAsync(configure: o => o.StageSubStatusTypes = ["Treatment Status"]);

        var cases = await sandbox.CaseSource.ReadCasesAsync(SyncWindow.Unbounded).ToListAsync();

        Assert.Equal(
            sandbox.Vendor.Cases.Select(c => c.CaseId.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            cases.Select(c => c.Key.SourceId));
        var jane = cases.Single(c => c.Key.SourceId == "1001");
        Assert.Equal(("Jane", "Doe", "+14025555759"), (jane.Client.FirstName, jane.Client.LastName, jane.Client.Phone?.E164));
        Assert.Equal("Treating", jane.Status); // the Treatment Status sub-status wins over the case status
        Assert.True(cases.Single(c => c.Key.SourceId == "1007").IsClosed);
        Assert.Equal(1, sandbox.Vendor.SignIns);
    }

    [Fact]
    public async Task A_revoked_token_is_replaced_transparently()
    {
        await using var sandbox = await SmartAdvocateHarness.StartAsync();
        await sandbox.CaseSync.GetCaseNotesAsync(1001);

        sandbox.Vendor.RevokeTokens();
        var notes = await sandbox.CaseSync.GetCaseNotesAsync(1001);

        Assert.Single(notes);
        Assert.Equal(2, sandbox.Vendor.SignIns);
    }

    [Fact]
    public async Task Concurrent_reads_share_one_sign_in()
    {
        await using var sandbox = await SmartAdvocateHarness.StartAsync();

        await Task.WhenAll(Enumerable.Range(1001, 8).Select(id => sandbox.CaseSync.GetCaseNotesAsync(id)));

        Assert.Equal(1, sandbox.Vendor.SignIns);
    }

    [Fact]
    public async Task Wrong_credentials_are_an_authentication_error()
    {
        await using var sandbox = await SmartAdvocateHarness.StartAsync(configure: o => o.Password = "wrong");

        await Assert.ThrowsAsync<Connectors.Core.Http.ConnectorAuthenticationException>(() => sandbox.CaseSync.GetCaseNotesAsync(1001));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Documents_page_through_both_answer_shapes_and_their_content_reads(bool asArray)
    {
        await using var sandbox = await SmartAdvocateHarness.StartAsync(
            new SmartAdvocateSandboxOptions { DocumentsAsArray = asArray },
            o => o.DocumentPageSize = 5);

        var documents = await sandbox.CaseSync.ReadDocumentsAsync(SyncWindow.Unbounded).ToListAsync();
        await using var content = await sandbox.CaseSync.OpenDocumentContentAsync(documents[0].DocumentId);
        using var reader = new StreamReader(content);

        Assert.Equal(sandbox.Vendor.Cases.Count, documents.Count);
        Assert.Equal(documents.OrderBy(d => d.DocumentId).Select(d => d.DocumentId), documents.Select(d => d.DocumentId));
        Assert.StartsWith("%PDF-1.4 sandbox document", await reader.ReadToEndAsync());
    }

    [Fact]
    public async Task A_window_reads_only_documents_changed_inside_it()
    {
        await using var sandbox = await SmartAdvocateHarness.StartAsync();
        var window = new SyncWindow(SmartAdvocateHarness.Start - Duration.FromDays(3), SmartAdvocateHarness.Start);

        var documents = await sandbox.CaseSync.ReadDocumentsAsync(window).ToListAsync();

        Assert.Equal([9001L, 9002L, 9003L], documents.Select(d => d.DocumentId));
    }
}
