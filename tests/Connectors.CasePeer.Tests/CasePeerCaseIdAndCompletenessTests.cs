using Connectors.CasePeer;
using Connectors.Core.Model;
using Connectors.Core.Sources;
using Connectors.Core.Windows;

using Microsoft.Extensions.DependencyInjection;

using NodaTime;

using RichardSzalay.MockHttp;

namespace Connectors.CasePeer.Tests;

/// <summary>Issue 14, points 1 and 2 for CASEpeer: a case without a usable id is unreadable; only a full read is complete.</summary>
public sealed class CasePeerCaseIdAndCompletenessTests : IDisposable
{
    private const string Cases = MockCasePeer.Api;
    private readonly MockCasePeer _casePeer = new();

    public void Dispose() => _casePeer.Dispose();

    private static string Record(string id) =>
        $$"""
        {{{id}}"case_type": "Personal Injury", "status": "Intake", "is_closed": false, "updated_at": "2026-11-20T15:30:00+00:00",
         "case_status_eligible": true, "connected_to_case_status": true}
        """;

    private async Task<(List<SourceCase> Cases, SourceReadReport Report)> ReadAsync(SyncWindow window)
    {
        var report = new SourceReadReport();
        var cases = new List<SourceCase>();
        await foreach (var item in _casePeer.Services.GetRequiredService<CasePeerCaseSource>().ReadSnapshotAsync(window, report))
        {
            cases.Add(item);
        }

        return (cases, report);
    }

    [Fact]
    public async Task A_case_without_a_usable_id_is_unreadable_and_names_the_field()
    {
        _casePeer.Http.When(HttpMethod.Get, Cases).Respond("application/json",
            $$"""{"count": 3, "next": null, "results": [{{Record("")}}, {{Record("\"id\": 0, ")}}, {{Record("\"id\": 1042, ")}}]}""");

        var (cases, _) = await ReadAsync(SyncWindow.Unbounded);

        Assert.Equal(3, cases.Count);
        Assert.All(cases.Take(2), c => Assert.Contains("no usable 'id'", c.ReadError, StringComparison.Ordinal));
        Assert.Null(cases[2].ReadError);
        Assert.Equal("1042", cases[2].Key.SourceId);
    }

    [Fact]
    public async Task Only_a_read_of_all_time_read_to_the_end_is_complete()
    {
        _casePeer.Http.When(HttpMethod.Get, Cases)
            .Respond("application/json", $$"""{"count": 1, "next": null, "results": [{{Record("\"id\": 1042, ")}}]}""");

        var all = await ReadAsync(SyncWindow.Unbounded);
        var windowed = await ReadAsync(new SyncWindow(Instant.FromUtc(2025, 11, 25, 2, 0), Instant.FromUtc(2026, 11, 25, 2, 0)));

        Assert.True(all.Report.IsComplete);
        Assert.False(windowed.Report.IsComplete);
    }
}
