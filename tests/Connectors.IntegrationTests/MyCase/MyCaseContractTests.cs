using System.Globalization;
using System.Net.Http.Headers;
using System.Text.Json;

using Connectors.Core.Model;
using Connectors.Core.Windows;
using Connectors.MyCase;
using Connectors.MyCase.Authentication;
using Connectors.MyCase.Webhooks;
using Connectors.MyCase.Writes;

namespace Connectors.IntegrationTests.MyCase;

/// <summary>Both sides against MyCase's published OpenAPI files: the connector's requests and the sandbox's answers.</summary>
[Collection(MyCaseSerialTests.Name)]
public class MyCaseContractTests
{
    // MyCase documents page_token in the Link header's description (the cursor of the next page), not as a parameter.
    private const string PageToken = "page_token";

    private static readonly OpenApiContract Contract = OpenApiContract.Instance;

    [Fact]
    public async Task Every_request_the_connector_sends_is_in_the_openapi_files_with_declared_query_names_and_valid_bodies()
    {
        await using var harness = await MyCaseHarness.StartAsync();
        await harness.AuthorizeAsync();
        await RunEverythingAsync(harness);

        var requests = harness.Vendor.Requests;
        var problems = new List<string>();
        foreach (var request in requests)
        {
            if (Contract.Find(request.Method, request.Path) is not { } operation)
            {
                problems.Add($"{request.Method} {request.Path} is not in MyCase's OpenAPI files");
                continue;
            }

            var declared = operation.QueryParameters;
            problems.AddRange(
                request.QueryNames.Where(n => n != PageToken && !declared.Contains(n))
                    .Select(n => $"{request.Method} {operation.Path}: query '{n}' is not declared"));
            if (request.Body is not null && operation.RequestSchema is { } schema)
            {
                problems.AddRange(operation.Validate(
                    JsonDocument.Parse(request.Body).RootElement,
                    schema).Select(p => $"{request.Method} {operation.Path} body {p}"));
            }

            if (!request.HadAuthorization)
            {
                problems.Add($"{request.Method} {request.Path} was sent without the bearer token");
            }
        }

        Assert.Empty(problems);
        var used = requests.Select(r => $"{r.Method} {Contract.Find(r.Method, r.Path)!.Path}").ToHashSet();
        Assert.Superset(
            new HashSet<string>
            {
                "GET /v1/cases", "GET /v1/cases/{id}", "GET /v1/clients/{id}/cases", "GET /v1/staff", "GET /v1/staff/{id}",
                "GET /v1/case_stages", "GET /v1/practice_areas", "GET /v1/cases/{id}/documents", "POST /v1/cases/{id}/documents",
                "GET /v1/webhooks/subscriptions", "POST /v1/webhooks/subscriptions", "GET /v1/firm",
            },
            used);
    }

    [Theory]
    [InlineData("v1/cases?page_size=3&field[client]=id,first_name,last_name,cell_phone_number")]
    [InlineData("v1/cases/1001")]
    [InlineData("v1/clients/50001/cases")]
    [InlineData("v1/clients?page_size=3")]
    [InlineData("v1/clients/50001")]
    [InlineData("v1/staff?page_size=2")]
    [InlineData("v1/staff/1")]
    [InlineData("v1/case_stages?page_size=4")]
    [InlineData("v1/practice_areas")]
    [InlineData("v1/firm")]
    [InlineData("v1/webhooks/subscriptions")]
    public async Task Sandbox_answers_validate_against_the_openapi_response_schema(string path)
    {
        await using var harness = await MyCaseHarness.StartAsync();
        await harness.AuthorizeAsync();
        await harness.Get<MyCaseWebhooks>().SubscribeAsync(new Uri("https://platform.example/hooks"));
        using var client = await AuthorizedClientAsync(harness);

        using var response = await client.GetAsync(path);
        var operation = Contract.Find("GET", "/" + path.Split('?')[0])!;
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

        Assert.Equal(200, (int)response.StatusCode);
        Assert.Contains(200, operation.Statuses);
        Assert.Empty(operation.Validate(body, operation.ResponseSchema(200)!.Value));
        if (operation.IsPaged)
        {
            Assert.Equal(JsonValueKind.Array, body.ValueKind);
            Assert.True(response.Headers.Contains("Item-Count"));
        }
    }

    [Fact]
    public async Task Document_creation_answers_201_with_put_url_and_put_headers_as_the_schema_says()
    {
        await using var harness = await MyCaseHarness.StartAsync();
        await harness.AuthorizeAsync();
        using var client = await AuthorizedClientAsync(harness);

        using var created = await client.PostAsync(
            "v1/cases/1001/documents",
            new StringContent("""{"path": "Case Status/a.pdf", "filename": "a.pdf"}""", MediaTypeHeaderValue.Parse("application/json")));
        using var invalid = await client.PostAsync(
            "v1/cases/1001/documents",
            new StringContent("""{"description": "no path"}""", MediaTypeHeaderValue.Parse("application/json")));
        var operation = Contract.Find("POST", "/v1/cases/1001/documents")!;
        var body = JsonDocument.Parse(await created.Content.ReadAsStringAsync()).RootElement;
        var errors = JsonDocument.Parse(await invalid.Content.ReadAsStringAsync()).RootElement.GetProperty("errors");

        Assert.Equal(201, (int)created.StatusCode);
        Assert.Empty(operation.Validate(body, operation.ResponseSchema(201)!.Value));
        Assert.StartsWith("http://", body.GetProperty("put_url").GetString(), StringComparison.Ordinal);
        Assert.Equal("private", body.GetProperty("put_headers").GetProperty("x-amz-acl").GetString());
        Assert.Equal(422, (int)invalid.StatusCode);
        Assert.Equal(
            ["/path", "/filename"],
            errors.EnumerateArray().Select(e => e.GetProperty("source").GetProperty("pointer").GetString()));
    }

    [Fact]
    public async Task Paged_lists_carry_link_and_item_count_headers_and_errors_the_errors_body()
    {
        await using var harness = await MyCaseHarness.StartAsync();
        await harness.AuthorizeAsync();
        using var client = await AuthorizedClientAsync(harness);

        using var page = await client.GetAsync("v1/cases?page_size=50");
        using var tooBig = await client.GetAsync("v1/cases?page_size=1001");
        using var anonymous = new HttpClient { BaseAddress = harness.ApiBase };
        using var unauthorized = await anonymous.GetAsync("v1/cases");

        var link = Assert.Single(page.Headers.GetValues("Link"));
        Assert.Matches("^<http://127\\.0\\.0\\.1:\\d+/mycase/v1/cases\\?page_size=50&page_token=[^>]+>; rel=\"next\"$", link);
        Assert.Equal(
            harness.Vendor.Cases.Count.ToString(System.Globalization.CultureInfo.InvariantCulture),
            Assert.Single(page.Headers.GetValues("Item-Count")));
        var error = JsonDocument.Parse(await tooBig.Content.ReadAsStringAsync()).RootElement.GetProperty("errors")[0];
        Assert.Equal(400, (int)tooBig.StatusCode);
        Assert.Equal("page_size", error.GetProperty("source").GetProperty("parameter").GetString());
        Assert.Equal(401, (int)unauthorized.StatusCode);
        Assert.True(JsonDocument.Parse(await unauthorized.Content.ReadAsStringAsync()).RootElement.GetProperty("errors")[0].TryGetProperty(
            "description",
            out _));
    }

    [Fact]
    public void The_openapi_files_are_all_there()
    {
        Assert.Equal(59, Contract.OperationCount);
        Assert.NotNull(Contract.Find("GET", "/v1/cases"));
        Assert.Null(Contract.Find("GET", "/v1/cases/1/notes/2"));
    }

    private static async Task<HttpClient> AuthorizedClientAsync(MyCaseHarness harness)
    {
        var tokens = await harness.Get<IMyCaseTokenStore>().GetAsync(default);
        var client = new HttpClient { BaseAddress = harness.ApiBase };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", tokens!.AccessToken);
        return client;
    }

    private static async Task RunEverythingAsync(MyCaseHarness harness)
    {
        var source = harness.Get<MyCaseCaseSource>();
        var catalog = harness.Get<MyCaseFirmCatalog>();
        await MyCaseFirm.ReadAsync(source.ReadCasesAsync(new RollingLookBackWindowPolicy(NodaTime.DateTimeZone.Utc).WindowFor(
            SyncCheckpoint.None,
            MyCaseHarness.Start)));
        await source.ImportAsync("https://sandboxlaw.mycase.com/court_cases/1002");
        await foreach (var _ in catalog.ReadCaseStagesAsync())
        {
        }

        await foreach (var _ in catalog.ReadPracticeAreasAsync())
        {
        }

        await catalog.ReadFirmAsync();
        await harness.Get<MyCaseDocumentWriter>()
            .WriteDocumentAsync(MyCaseHarness.Key(1003), new PlatformDocument("d-1", "a.pdf", new byte[] { 1, 2, 3 }));
        var webhooks = harness.Get<MyCaseWebhooks>();
        var subscriptions = await webhooks.SubscribeAsync(new Uri("https://platform.example/hooks"));
        await webhooks.ResolveAsync(new MyCaseWebhookHint("client", "updated", 50_004));
        await webhooks.UnsubscribeAsync(subscriptions[0].Id!);
    }
}
