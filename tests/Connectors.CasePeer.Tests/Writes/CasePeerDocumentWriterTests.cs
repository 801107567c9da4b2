using System.Net;

using Connectors.CasePeer.Writes;
using Connectors.Core.Model;
using Connectors.Core.Writes;

using Microsoft.Extensions.DependencyInjection;

using RichardSzalay.MockHttp;

namespace Connectors.CasePeer.Tests.Writes;

/// <summary>
/// CasePeerDocumentWriter through the real pipeline: the argument check, check before create, Written then
/// AlreadyWritten.
/// </summary>
public sealed class CasePeerDocumentWriterTests : IDisposable
{
    private const string Documents = MockCasePeer.Api + "/1042/documents";
    private const string Stored = """
        {"id": 7001, "case_id": 1042, "file_name": "demand.pdf", "external_id": "doc-1", "sha256": "ab12", "size": 4,
         "created_at": "2026-11-20T15:30:00+00:00"}
        """;

    private static readonly CaseKey Key = new("casepeer", "1042");
    private static readonly PlatformDocument Document = new("doc-1", "demand.pdf", "%PDF"u8.ToArray());
    private readonly MockCasePeer _casePeer = new();

    public void Dispose() => _casePeer.Dispose();

    private ICaseDocumentWriter Writer => _casePeer.Services.GetRequiredService<ICaseDocumentWriter>();

    [Theory]
    [InlineData("mycase", "1042", "doc-1", "demand.pdf")]
    [InlineData("casepeer", " ", "doc-1", "demand.pdf")]
    [InlineData("casepeer", "1042", "", "demand.pdf")]
    [InlineData("casepeer", "1042", "doc-1", "")]
    public async Task A_document_for_another_system_or_without_a_case_id_an_id_or_a_name_is_refused_before_any_request(
        string system, string caseId, string documentId, string fileName)
    {
        var requests = 0;
        _casePeer.Http.When("*").Respond(_ =>
        {
            requests++;
            return new HttpResponseMessage(HttpStatusCode.OK);
        });

        await Assert.ThrowsAnyAsync<ArgumentException>(() =>
            Writer.WriteDocumentAsync(new CaseKey(system, caseId), new PlatformDocument(documentId, fileName, "%PDF"u8.ToArray())));

        Assert.Equal(0, requests);
    }

    [Fact]
    public async Task A_document_is_uploaded_once_and_a_second_call_finds_it_by_its_external_id()
    {
        var posts = 0;
        _casePeer.Http.When(HttpMethod.Get, Documents)
            .Respond(_ => MockCasePeer.Json(HttpStatusCode.OK, posts == 0 ? MockCasePeer.EmptyPage : MockCasePeer.Page(Stored)));
        _casePeer.Http.When(HttpMethod.Post, Documents)
            .With(request => request.Headers.GetValues("Idempotency-Key").Single() == "document-doc-1")
            .WithJsonContent<DocumentBody>(b => b.file_name == "demand.pdf" && b.external_id == "doc-1" && b.content_base64 == "JVBERg==")
            .Respond(_ =>
            {
                posts++;
                return MockCasePeer.Json(HttpStatusCode.Created, Stored);
            });

        var first = await Writer.WriteDocumentAsync(Key, Document);
        var second = await Writer.WriteDocumentAsync(Key, Document);

        Assert.Equal(new WriteResult(Key, WriteResultKind.Written, "7001"), first);
        Assert.Equal(new WriteResult(Key, WriteResultKind.AlreadyWritten, "7001"), second);
        Assert.Equal(1, posts);
    }

    [Fact]
    public async Task A_document_on_page_3_of_the_case_documents_is_found_and_not_uploaded_again()
    {
        var pagesRead = new List<string>();
        for (var number = 1; number <= 3; number++)
        {
            string[] records = number < 3 ? [Other(number * 10), Other((number * 10) + 1)] : [Other(30), Stored];

            // Page 3 is not the last: the look stops at the page holding the document (page 4 is never asked for).
            var body = MockCasePeer.PageOf(Documents, number, last: false, count: 8, records);
            var page = number.ToString(System.Globalization.CultureInfo.InvariantCulture);
            _casePeer.Http.When(HttpMethod.Get, Documents)
                .WithQueryString("page", page)
                .WithQueryString("page_size", "50")
                .Respond(_ =>
                {
                    pagesRead.Add(page);
                    return MockCasePeer.Json(HttpStatusCode.OK, body);
                });
        }

        var posts = 0;
        _casePeer.Http.When(HttpMethod.Post, Documents).Respond(_ =>
        {
            posts++;
            return MockCasePeer.Json(HttpStatusCode.Created, Stored);
        });

        var result = await Writer.WriteDocumentAsync(Key, Document);

        Assert.Equal(new WriteResult(Key, WriteResultKind.AlreadyWritten, "7001"), result);
        Assert.Equal(0, posts);
        Assert.Equal(["1", "2", "3"], pagesRead);
    }

    private static string Other(int id) =>
        $$"""
        {"id": {{id}}, "case_id": 1042, "file_name": "other-{{id}}.pdf", "external_id": "doc-other-{{id}}", "sha256": "cd",
         "size": 2, "created_at": "2026-11-20T15:30:00+00:00"}
        """;

    [Fact]
    public void The_writer_is_registered_as_itself_and_as_ICaseDocumentWriter_for_casepeer()
    {
        var writer = _casePeer.Services.GetRequiredService<CasePeerDocumentWriter>();

        Assert.Same(writer, Writer);
        Assert.Equal("casepeer", Writer.SourceSystem);
    }

    private sealed record DocumentBody(string file_name, string content_base64, string? external_id);
}
