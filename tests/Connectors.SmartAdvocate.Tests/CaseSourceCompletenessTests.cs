using Connectors.Core.Sources;
using Connectors.Core.Windows;

using RichardSzalay.MockHttp;

namespace Connectors.SmartAdvocate.Tests;

/// <summary>The source reports a read complete only when CaseInfo's whole answer was handed on, for all time.</summary>
public class CaseSourceCompletenessTests
{
    private const string CaseInfoUrl = TestHost.Host + "/CaseSyncAPI/case/CaseInfo";

    private static TestHost HostWithCases(Action<SmartAdvocateOptions>? configure = null)
    {
        var host = new TestHost(o =>
        {
            o.DefaultAttorneyEmail = "lead@example-firm.com";
            configure?.Invoke(o);
        });
        host.ExpectSignIn(TestHost.Token(TestHost.Now + Duration.FromHours(2)));
        host.Http.When(HttpMethod.Get, CaseInfoUrl).Respond("application/json", TestHost.Fixture("casesync/case-info.response.json"));
        return host;
    }

    private static async Task<SourceReadReport> ReadAsync(TestHost host, SyncWindow window)
    {
        var report = new SourceReadReport();
        await foreach (var _ in host.CaseSource.ReadSnapshotAsync(window, report))
        {
        }

        return report;
    }

    [Fact]
    public async Task A_read_of_all_time_with_the_match_all_pattern_is_complete()
    {
        using var host = HostWithCases();

        Assert.True((await ReadAsync(host, SyncWindow.Unbounded)).IsComplete);
    }

    [Fact]
    public async Task A_windowed_read_that_dropped_a_case_is_not_complete()
    {
        using var host = HostWithCases();

        var report = await ReadAsync(host, new SyncWindow(Instant.FromUtc(2026, 11, 15, 0, 0), Instant.FromUtc(2026, 11, 24, 0, 0)));

        Assert.False(report.IsComplete);
        Assert.Contains("1 cases dated outside the window", report.IncompleteReason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_windowed_read_that_dropped_nothing_is_still_not_complete()
    {
        using var host = HostWithCases();

        var report = await ReadAsync(host, new SyncWindow(Instant.FromUtc(2020, 1, 1, 0, 0), TestHost.Now));

        Assert.False(report.IsComplete);
        Assert.Contains("window", report.IncompleteReason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_read_of_a_case_number_pattern_is_not_complete()
    {
        using var host = HostWithCases(o => o.CaseNumberPattern = "9000%");

        var report = await ReadAsync(host, SyncWindow.Unbounded);

        Assert.False(report.IsComplete);
        Assert.Contains("9000%", report.IncompleteReason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_read_stopped_part_way_is_not_complete()
    {
        using var host = HostWithCases();
        var report = new SourceReadReport();

        await foreach (var _ in host.CaseSource.ReadSnapshotAsync(SyncWindow.Unbounded, report))
        {
            break;
        }

        Assert.False(report.IsComplete);
    }
}
