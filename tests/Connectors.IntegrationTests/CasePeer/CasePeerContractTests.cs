using System.Net.Http.Headers;
using System.Text.Json;

namespace Connectors.IntegrationTests.CasePeer;

/// <summary>The sandbox serves the shapes pinned in tests/fixtures/casepeer (the client's tests read the same files).</summary>
public class CasePeerContractTests
{
    private static JsonElement Fixture(string name) =>
        JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "fixtures", "casepeer", name))).RootElement;

    private static SortedSet<string> Shape(JsonElement element, string path = "")
    {
        var names = new SortedSet<string>(StringComparer.Ordinal);
        if (element.ValueKind == JsonValueKind.Object)
        {
            foreach (var property in element.EnumerateObject())
            {
                names.Add(path + property.Name);
                names.UnionWith(Shape(property.Value, $"{path}{property.Name}."));
            }
        }
        else if (element.ValueKind == JsonValueKind.Array && element.GetArrayLength() > 0)
        {
            names.UnionWith(Shape(element[0], $"{path}[]."));
        }

        return names;
    }

    private static async Task<JsonElement> GetAsync(CasePeerHarness harness, HttpMethod method, string path, string? body = null)
    {
        using var client = new HttpClient { BaseAddress = harness.Server.BaseAddressOf("casepeer") };
        using var request = new HttpRequestMessage(method, path);
        request.Headers.Add("X-API-Key", harness.Vendor.Options.ApiKey);
        if (body is not null)
        {
            request.Content = new StringContent(body, MediaTypeHeaderValue.Parse("application/json"));
        }

        using var response = await client.SendAsync(request);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
    }

    [Fact]
    public async Task A_page_of_cases_has_the_fixture_shape()
    {
        await using var harness = await CasePeerHarness.StartAsync();

        var page = await GetAsync(harness, HttpMethod.Get, "api/v1/cases?page_size=1");

        Assert.Equal(Shape(Fixture("cases-page.json")), Shape(page));
    }

    [Fact]
    public async Task A_note_and_an_error_have_the_fixture_shapes()
    {
        await using var harness = await CasePeerHarness.StartAsync();

        var note = await GetAsync(harness, HttpMethod.Post, "api/v1/cases/1001/notes", """{"note": "x", "author_email": "a@b.example"}""");
        var error = await GetAsync(harness, HttpMethod.Get, "api/v1/cases/1");

        Assert.Equal(Shape(Fixture("note.json")), Shape(note));
        Assert.Equal(Shape(Fixture("error.json")), Shape(error));
    }
}
