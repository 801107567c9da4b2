using Connectors.Core.Model;
using Connectors.Core.Sources;
using Connectors.Core.Windows;
using Connectors.MyCase.Authentication;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using NodaTime.Testing;
using RichardSzalay.MockHttp;

namespace Connectors.MyCase.Tests;

/// <summary>Issue 14, points 1 and 2 for MyCase: a case without a usable id is unreadable; only a full read is complete.</summary>
public sealed class MyCaseCaseIdAndCompletenessTests : IDisposable
{
    private const string Api = "https://external-integrations.mycase.com";
    private static readonly Instant Now = Instant.FromUtc(2026, 11, 25, 2, 0);
    private readonly MockHttpMessageHandler _http = new();
    private readonly ServiceProvider _services;

    public MyCaseCaseIdAndCompletenessTests()
    {
        var services = new ServiceCollection();
        services.AddSingleton<IClock>(new FakeClock(Now));
        services.AddSingleton<IMyCaseTokenStore>(new InMemoryMyCaseTokenStore(
            new MyCaseTokens("access-1", "refresh-1", Now + Duration.FromHours(20), Now + Duration.FromDays(13), "firm-uuid-1", "cases")));
        services.AddMyCase(o =>
        {
            o.ClientId = "client-abc";
            o.ClientSecret = "secret-xyz-123";
            o.RedirectUri = new Uri("https://platform.example/mycase/callback");
            o.RetryBaseDelay = TimeSpan.Zero;
            o.MaxRetryAttempts = 0;
        }).ConfigurePrimaryHttpMessageHandler(() => _http);
        _services = services.BuildServiceProvider();
        _http.When(HttpMethod.Get, $"{Api}/v1/staff").Respond("application/json", "[]");
    }

    public void Dispose()
    {
        _services.Dispose();
        _http.Dispose();
    }

    private static string Record(string id) =>
        $$"""{{{id}}"name": "Matter", "status": "open", "updated_at": "2026-10-01T00:00:00Z", "clients": [{"id": 3, "first_name": "A", "last_name": "B", "cell_phone_number": "312-405-1111"}]}""";

    private async Task<(List<SourceCase> Cases, SourceReadReport Report)> ReadAsync(SyncWindow window)
    {
        var report = new SourceReadReport();
        var cases = new List<SourceCase>();
        await foreach (var item in _services.GetRequiredService<MyCaseCaseSource>().ReadSnapshotAsync(window, report))
        {
            cases.Add(item);
        }

        return (cases, report);
    }

    [Fact]
    public async Task A_case_without_a_usable_id_is_unreadable_and_names_the_field()
    {
        _http.When(HttpMethod.Get, $"{Api}/v1/cases").Respond("application/json", $"[{Record("")}, {Record("\"id\": -3, ")}, {Record("\"id\": 8, ")}]");

        var (cases, _) = await ReadAsync(SyncWindow.Unbounded);

        Assert.Equal(3, cases.Count);
        Assert.All(cases.Take(2), c => Assert.Contains("no usable 'id'", c.ReadError, StringComparison.Ordinal));
        Assert.Null(cases[2].ReadError);
        Assert.Equal("8", cases[2].Key.SourceId);
    }

    [Fact]
    public async Task Only_a_read_of_all_time_read_to_the_end_is_complete()
    {
        _http.When(HttpMethod.Get, $"{Api}/v1/cases").Respond("application/json", $"[{Record("\"id\": 8, ")}]");

        var all = await ReadAsync(SyncWindow.Unbounded);
        var windowed = await ReadAsync(new SyncWindow(Now - Duration.FromDays(365), Now));

        Assert.True(all.Report.IsComplete);
        Assert.False(windowed.Report.IsComplete);
    }
}
