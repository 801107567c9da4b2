using System.Net;
using System.Reflection;
using System.Text;

using Connectors.Core.Http;
using Connectors.Core.Model;
using Connectors.Core.Windows;
using Connectors.MyCase.Authentication;

using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

using NodaTime;
using NodaTime.Testing;

using Refit;

using RichardSzalay.MockHttp;

namespace Connectors.MyCase.Tests;

/// <summary>
/// Case pages are requested through <see cref="IMyCaseApi.ListCasesStreamAsync"/> and read from its stream: the request
/// Refit builds, the same error translation, any body size.
/// </summary>
public sealed class MyCaseCasePagesTests : IDisposable
{
    private const string Api = AuthorizedMyCase.Api;
    private static readonly Instant Now = AuthorizedMyCase.Now;
    private readonly AuthorizedMyCase _mycase = new();

    public void Dispose() => _mycase.Dispose();

    [Fact]
    public async Task A_page_far_larger_than_the_first_buffer_and_without_a_length_is_read_whole()
    {
        const int count = 100; // the page size asked for; ~170 KB: the body outgrows the 64 KB first buffer twice
        var records = Enumerable.Range(1, count).Select(id =>
            $$"""{"id": {{id}}, "name": "{{new string('x', 1500)}}", "status": "open", "updated_at": "2026-10-01T00:00:00Z", """ +
            $$"""  "clients": [{"id": {{id}}, "first_name": "A", "last_name": "B", "cell_phone_number": "312-405-1111"}]}""");
        var page = _mycase.Http.When(HttpMethod.Get, $"{Api}/v1/cases")
            .WithHeaders("Authorization", "Bearer access-1")
            .WithHeaders("Accept", "application/json")
            .WithQueryString(new Dictionary<string, string> { ["page_size"] = "100", ["field[client]"] = MyCaseMapper.ClientFields })
            .Respond(_ => new HttpResponseMessage(HttpStatusCode.OK)
            {
                Content = new UnsizedContent("[" + string.Join(
                ",",
                records) + "]")
            });

        var ids = new List<string>();
        await foreach (var item in _mycase.Services.GetRequiredService<MyCaseCaseSource>().ReadCasesAsync(SyncWindow.Unbounded))
        {
            ids.Add(item.Key.SourceId);
        }

        Assert.Equal(Enumerable.Range(1, count).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)), ids);
        Assert.Equal(1, _mycase.Http.GetMatchCount(page));
    }

    [Fact]
    public async Task The_sync_sends_exactly_the_query_IMyCaseApi_builds()
    {
        var queries = new List<string>();
        _mycase.Http.When(HttpMethod.Get, $"{Api}/v1/cases").Respond(request =>
        {
            queries.Add(request.RequestUri!.Query);
            return new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent("[]") };
        });
        var window = new SyncWindow(Instant.FromUtc(2026, 1, 2, 3, 4, 5), Now);

        // The sync leaves filter[status] out; handed to IMyCaseApi on the way, it must reach the wire.
        var api = ArgumentRewritingApi.Over(
            _mycase.Services.GetRequiredService<IMyCaseApi>(),
            nameof(IMyCaseApi.ListCasesStreamAsync),
            arguments => arguments[2] = "open");
        var source = new MyCaseCaseSource(api, _mycase.Services.GetRequiredService<IOptionsMonitor<MyCaseOptions>>());
        await foreach (var unused in source.ReadCasesAsync(window))
        {
        }

        await foreach (var unused in _mycase.Services.GetRequiredService<MyCaseCaseSource>().ReadCasesAsync(window))
        {
        }

        const string Fields = "field%5Bclient%5D=id%2Cfirst_name%2Cmiddle_name%2Clast_name%2Cemail%2Ccell_phone_number";
        const string After = "filter%5Bupdated_after%5D=2026-01-02T03%3A04%3A05Z";
        Assert.Equal([$"?page_size=100&{After}&filter%5Bstatus%5D=open&{Fields}", $"?page_size=100&{After}&{Fields}"], queries);
        Assert.Equal(1, ((ArgumentRewritingApi)(object)api).Calls);
    }

    [Fact]
    public void The_streamed_case_list_takes_the_same_parameters_as_the_typed_one()
    {
        static IEnumerable<string> Shape(string method) => typeof(IMyCaseApi).GetMethod(method)!.GetParameters()
            .Select(p => $"{p.ParameterType} {p.Name} {p.GetCustomAttribute<AliasAsAttribute>()?.Name}");
        var typed = typeof(IMyCaseApi).GetMethod(nameof(IMyCaseApi.ListCasesAsync))!;
        var streamed = typeof(IMyCaseApi).GetMethod(nameof(IMyCaseApi.ListCasesStreamAsync))!;

        Assert.Equal(Shape(typed.Name), Shape(streamed.Name));
        Assert.Equal(typed.GetCustomAttribute<GetAttribute>()!.Path, streamed.GetCustomAttribute<GetAttribute>()!.Path);
    }

    [Fact]
    public async Task A_refused_page_is_translated_with_MyCases_error_descriptions()
    {
        _mycase.Http.When(HttpMethod.Get, $"{Api}/v1/cases").Respond(
            HttpStatusCode.UnprocessableEntity,
            "application/json",
            """{"errors": [{"description": "page_size must be at most 1000", "source": {"parameter": "page_size"}}]}""");

        var error = await Assert.ThrowsAnyAsync<ConnectorApiException>(async () =>
        {
            await foreach (var unused in _mycase.Services.GetRequiredService<MyCaseCaseSource>().ReadCasesAsync(SyncWindow.Unbounded))
            {
            }
        });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, error.StatusCode);
        Assert.Equal("page_size must be at most 1000 (parameter page_size)", error.VendorMessage);
    }

    [Fact]
    public async Task A_page_that_is_not_well_formed_hands_on_none_of_its_cases_and_is_read_again_whole()
    {
        const string Whole = """[{"id": 1, "status": "open"}, {"id": 2, "status": "open"}]""";
        var answers = new Queue<string>([Whole[..^12], Whole]); // the first answer stops inside the second case
        var page = _mycase.Http.When(HttpMethod.Get, $"{Api}/v1/cases").Respond(_ => new HttpResponseMessage(HttpStatusCode.OK)
        {
            Content = new StringContent(answers.Dequeue(), Encoding.UTF8, "application/json"),
        });

        var ids = new List<string>();
        await foreach (var item in _mycase.Services.GetRequiredService<MyCaseCaseSource>().ReadCasesAsync(SyncWindow.Unbounded))
        {
            ids.Add(item.Key.SourceId);
        }

        Assert.Equal(["1", "2"], ids);
        Assert.Equal(2, _mycase.Http.GetMatchCount(page));
    }

    [Theory]
    [InlineData("null", new string[0])]
    [InlineData("[]", new string[0])]
    [InlineData(
        """[null, {"id": 7, "status": 3}, {"id": 8, "clients": [null], "status": "open"}]""",
        new[] { "unreadable 0", "unreadable 7", "8" })]
    [InlineData( // fields the mapping never reads
        """[{"id": 9, "status": "open", "description": 5, "opened_date": {"day": 1}, "clients": [{"id": 3, "first_name": "A", """ +
        """ "middle_name": []}]}]""",
        new[] { "9" })]
    public async Task A_pages_cases_are_read_one_by_one_with_a_placeholder_for_each_that_cannot_be(string body, string[] expected)
    {
        _mycase.Http.When(HttpMethod.Get, $"{Api}/v1/cases").Respond("application/json", body);

        var read = new List<string>();
        await foreach (var item in _mycase.Services.GetRequiredService<MyCaseCaseSource>().ReadCasesAsync(SyncWindow.Unbounded))
        {
            read.Add(item.ReadError is null ? item.Key.SourceId : $"unreadable {item.Key.SourceId}");
        }

        Assert.Equal(expected, read);
    }

    /// <summary>A body sent without Content-Length, as a chunked answer arrives.</summary>
    private sealed class UnsizedContent(string text) : HttpContent
    {
        private readonly byte[] _bytes = Encoding.UTF8.GetBytes(text);

        protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context) => stream.WriteAsync(_bytes).AsTask();

        protected override bool TryComputeLength(out long length)
        {
            length = 0;
            return false;
        }
    }
}
