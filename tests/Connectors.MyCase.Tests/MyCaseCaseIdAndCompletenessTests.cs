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
    private const string Api = AuthorizedMyCase.Api;
    private static readonly Instant Now = AuthorizedMyCase.Now;
    private readonly AuthorizedMyCase _mycase = new();

    public void Dispose() => _mycase.Dispose();

    private static string Record(string id) =>
        $$"""{{{id}}"name": "Matter", "status": "open", "updated_at": "2026-10-01T00:00:00Z", "clients": """ +
        """[{"id": 3, "first_name": "A", "last_name": "B", "cell_phone_number": "312-405-1111"}]}""";

    private async Task<(List<SourceCase> Cases, SourceReadReport Report)> ReadAsync(SyncWindow window)
    {
        var report = new SourceReadReport();
        var cases = new List<SourceCase>();
        await foreach (var item in _mycase.Services.GetRequiredService<MyCaseCaseSource>().ReadSnapshotAsync(window, report))
        {
            cases.Add(item);
        }

        return (cases, report);
    }

    [Fact]
    public async Task A_case_without_a_usable_id_is_unreadable_and_names_the_field()
    {
        _mycase.Http.When(
            HttpMethod.Get,
            $"{Api}/v1/cases").Respond("application/json", $"[{Record("")}, {Record("\"id\": -3, ")}, {Record("\"id\": 8, ")}]");

        var (cases, _) = await ReadAsync(SyncWindow.Unbounded);

        Assert.Equal(3, cases.Count);
        Assert.All(cases.Take(2), c => Assert.Contains("no usable 'id'", c.ReadError, StringComparison.Ordinal));
        Assert.Null(cases[2].ReadError);
        Assert.Equal("8", cases[2].Key.SourceId);
    }

    [Fact]
    public async Task Only_a_read_of_all_time_read_to_the_end_is_complete()
    {
        _mycase.Http.When(HttpMethod.Get, $"{Api}/v1/cases").Respond("application/json", $"[{Record("\"id\": 8, ")}]");

        var all = await ReadAsync(SyncWindow.Unbounded);
        var windowed = await ReadAsync(new SyncWindow(Now - Duration.FromDays(365), Now));

        Assert.True(all.Report.IsComplete);
        Assert.False(windowed.Report.IsComplete);
    }
}
