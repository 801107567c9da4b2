using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

using Connectors.Sandbox.SmartAdvocate;

namespace Connectors.IntegrationTests.SmartAdvocate;

/// <summary>The sandbox answers in the shapes the shared fixtures pin (the connector's unit tests parse the same files).</summary>
public class SmartAdvocateContractTests
{
    private static string Fixture(string path) =>
        File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "fixtures", "smartadvocate", path));

    [Fact]
    public async Task GetCasesToDial_answers_in_the_seeds_shape()
    {
        await using var sandbox = await SmartAdvocateHarness.StartAsync();
        using var http = new HttpClient { BaseAddress = sandbox.BaseAddress };
        using var request = new HttpRequestMessage(HttpMethod.Post, "DialerAPI/GetCasesToDial")
        {
            Content = new StringContent(Fixture("dialer/get-cases-to-dial.request.json"), Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("X-ApiKey", new SmartAdvocateSandboxOptions().ClientKey);

        using var response = await http.SendAsync(request);
        var served = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        var seed = JsonDocument.Parse(Fixture("dialer/get-cases-to-dial.response.json")).RootElement;

        Assert.Equal(Shape(seed[0]), Shape(served[0]));
        Assert.Matches(@"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d$", served[0].GetProperty("DialDateTime").GetString());
    }

    [Fact]
    public async Task The_seeds_note_bodies_are_accepted()
    {
        await using var sandbox = await SmartAdvocateHarness.StartAsync();
        using var http = new HttpClient { BaseAddress = sandbox.BaseAddress };
        http.DefaultRequestHeaders.Add("X-ApiKey", new SmartAdvocateSandboxOptions().ClientKey);

        using var byPhone = await http.PostAsync("DialerAPI/AddCaseNoteByPhone", new StringContent(
            Fixture("dialer/add-case-note-by-phone.request.json")
                .Replace("1234567890", "4025550106", StringComparison.Ordinal), Encoding.UTF8, "application/json"));
        using var byCase = await http.PostAsync("DialerAPI/AddCaseNote", new StringContent(
            Fixture("dialer/add-case-note.request.json")
                .Replace("515512", "1001", StringComparison.Ordinal), Encoding.UTF8, "application/json"));

        Assert.True(byPhone.IsSuccessStatusCode);
        Assert.True(byCase.IsSuccessStatusCode);
        Assert.Equal("Test case note", sandbox.Case(1001).Notes[^1]);
    }

    [Fact]
    public async Task CaseInfo_answers_with_the_fixtures_fields()
    {
        await using var sandbox = await SmartAdvocateHarness.StartAsync();
        using var http = new HttpClient { BaseAddress = sandbox.BaseAddress };
        var credentials = new SmartAdvocateSandboxOptions();
        using var signIn = await http.PostAsync("CaseSyncAPI/Users/authenticate", new StringContent(
            $"{{\"Username\":\"{credentials.Username}\",\"Password\":\"{credentials.Password}\"}}",
            Encoding.UTF8,
            "application/json"));
        var token = JsonDocument.Parse(await signIn.Content.ReadAsStringAsync()).RootElement.GetProperty("token").GetString();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);

        var served = JsonDocument.Parse(await http.GetStringAsync("CaseSyncAPI/case/CaseInfo?Casenumber=9000001&AddContactInfo=true"))
            .RootElement;
        var pinned = JsonDocument.Parse(Fixture("casesync/case-info.response.json")).RootElement;

        Assert.Equal(Names(pinned[0]), Names(served[0]));
        Assert.Equal(Names(pinned[0].GetProperty("plaintiffs")[0]), Names(served[0].GetProperty("plaintiffs")[0]));
    }

    private static string Shape(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => "{" + string.Join(",", element.EnumerateObject().Select(p => $"{p.Name}:{Shape(p.Value)}")) + "}",
        JsonValueKind.Array => "[" + (element.GetArrayLength() > 0 ? Shape(element[0]) : "") + "]",
        JsonValueKind.True or JsonValueKind.False => "bool",
        var kind => kind.ToString(),
    };

    private static string Names(JsonElement element) =>
        string.Join(",", element.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal));
}
