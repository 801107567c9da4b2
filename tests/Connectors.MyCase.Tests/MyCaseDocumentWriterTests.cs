using System.Net;

using Connectors.Core.Model;
using Connectors.Core.Writes;
using Connectors.MyCase.Writes;

using Microsoft.Extensions.DependencyInjection;

using RichardSzalay.MockHttp;

namespace Connectors.MyCase.Tests;

/// <summary><see cref="MyCaseDocumentWriter"/> through <see cref="ICaseDocumentWriter"/>: the argument check and its results.</summary>
public sealed class MyCaseDocumentWriterTests : IDisposable
{
    private const string Api = AuthorizedMyCase.Api;
    private static readonly PlatformDocument Letter = new("doc-9", "letter.pdf", new byte[] { 1, 2, 3 });
    private readonly AuthorizedMyCase _mycase = new();

    public void Dispose() => _mycase.Dispose();

    private ICaseDocumentWriter Writer => _mycase.Services.GetRequiredService<ICaseDocumentWriter>();

    [Theory]
    [InlineData("casepeer", "11")] // another vendor's case
    [InlineData("mycase", " ")]
    [InlineData("mycase", "abc")]
    [InlineData("mycase", "0")]
    [InlineData("mycase", "-5")]
    public async Task A_case_that_is_not_a_MyCase_case_id_is_refused_before_anything_is_sent(string system, string id)
    {
        var anything = _mycase.Http.When("*").Respond(HttpStatusCode.OK);

        var error = await Assert.ThrowsAsync<ArgumentException>(() => Writer.WriteDocumentAsync(new CaseKey(system, id), Letter));

        Assert.Equal("caseKey", error.ParamName);
        Assert.Equal(0, _mycase.Http.GetMatchCount(anything));
    }

    [Fact]
    public async Task The_writer_is_registered_as_the_Core_interface_for_mycase()
    {
        Assert.Same(_mycase.Services.GetRequiredService<MyCaseDocumentWriter>(), Writer);
        Assert.Equal("mycase", Writer.SourceSystem);
        await Assert.ThrowsAsync<ArgumentNullException>(() => Writer.WriteDocumentAsync(new CaseKey("mycase", "11"), null!));
    }

    [Fact]
    public async Task A_first_write_is_Written_and_a_second_finds_it_AlreadyWritten()
    {
        var documents = "[]";
        _mycase.Http.When(HttpMethod.Get, $"{Api}/v1/cases/11/documents").Respond(_ => Json(documents, HttpStatusCode.OK));
        var creates = _mycase.Http.When(HttpMethod.Post, $"{Api}/v1/cases/11/documents").Respond(_ =>
        {
            documents = """[{"id": 77, "description": "[case-status-document:doc-9] [case-status-upload-pending]"}]""";
            return Json(
                """{"id": 77, "description": "[case-status-document:doc-9] """ +
                    """[case-status-upload-pending]", "put_url": "https://bucket.s3.example/k"}""",
                HttpStatusCode.Created);
        });
        _mycase.Http.When(HttpMethod.Put, "https://bucket.s3.example/k").Respond(HttpStatusCode.OK);
        _mycase.Http.When(HttpMethod.Put, $"{Api}/v1/documents/77").Respond(_ =>
        {
            documents = """[{"id": 77, "description": "[case-status-document:doc-9]"}]""";
            return new HttpResponseMessage(HttpStatusCode.NoContent);
        });
        var key = new CaseKey("mycase", "11");

        var first = await Writer.WriteDocumentAsync(key, Letter);
        var second = await Writer.WriteDocumentAsync(key, Letter);

        Assert.Equal(new WriteResult(key, WriteResultKind.Written, "77"), first);
        Assert.Equal(new WriteResult(key, WriteResultKind.AlreadyWritten, "77"), second);
        Assert.Equal(1, _mycase.Http.GetMatchCount(creates));
    }

    private static HttpResponseMessage Json(string body, HttpStatusCode status) =>
        new(status) { Content = new StringContent(body, System.Text.Encoding.UTF8, "application/json") };
}
