using Microsoft.Extensions.DependencyInjection;

using RichardSzalay.MockHttp;

namespace Connectors.CasePeer.Tests;

/// <summary>The connector through the real DI pipeline with MockHttp as the network, and the wire records the writers read.</summary>
internal sealed class MockCasePeer : IDisposable
{
    public const string Api = "https://casepeer.example/api/v1/cases";
    public const string EmptyPage = """{"count": 0, "next": null, "previous": null, "results": []}""";

    public MockCasePeer()
    {
        var services = new ServiceCollection();
        services.AddCasePeer(o =>
        {
            o.BaseAddress = new Uri("https://casepeer.example/");
            o.ApiKey = "casepeer-firm-key-abc";
            o.RetryBaseDelay = TimeSpan.Zero;
        }).ConfigurePrimaryHttpMessageHandler(() => Http);
        Services = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });
    }

    public MockHttpMessageHandler Http { get; } = new();

    public ServiceProvider Services { get; }

    /// <summary>Case 1042 as <c>GET /api/v1/cases/{id}</c> answers, with the given primary attorney JSON (or none).</summary>
    public static string Case(string? primaryAttorney = """{"id": 1, "name": "Alex Reyes", "email": "a.reyes@firm.example"}""") =>
        $$"""
        {"id": 1042, "case_name": "Brooks v. Insurer", "case_type": "Personal Injury", "status": "Intake", "is_closed": false,
         "updated_at": "2026-11-20T15:30:00+00:00", "case_status_eligible": true, "connected_to_case_status": true,
         "primary_attorney": {{primaryAttorney ?? "null"}}, "client": null}
        """;

    public static string Page(params string[] records) =>
        $$"""{"count": {{records.Length}}, "next": null, "previous": null, "results": [{{string.Join(",", records)}}]}""";

    /// <summary>Page <paramref name="number"/> of a list of <paramref name="count"/> records; a next link unless it is the last.</summary>
    public static string PageOf(string url, int number, bool last, int count, params string[] records) =>
        $$"""
        {"count": {{count}}, "next": {{(last ? "null" : $"\"{url}?page={number + 1}&page_size=50\"")}},
         "previous": null, "results": [{{string.Join(",", records)}}]}
        """;

    public static HttpResponseMessage Json(System.Net.HttpStatusCode status, string body) =>
        new(status) { Content = new StringContent(body, System.Text.Encoding.UTF8, "application/json") };

    public void Dispose()
    {
        Services.Dispose();
        Http.Dispose();
    }
}
