using System.Text.Json;

namespace Samples.Tests;

/// <summary>
/// Every sample runs, with zero configuration against its in-process sandbox, and prints what it did as JSON
/// (<c>--json</c>): these tests check the operation counts a user would see (issue 16: samples that CI runs, not only
/// compiles).
/// </summary>
public sealed class SampleTests : IDisposable
{
    private readonly string _platformDir = Path.Combine(Path.GetTempPath(), $"casepeer-sample-{Guid.NewGuid():N}");

    [Fact]
    public async Task The_planner_sample_plans_creates_updates_and_closes_from_its_snapshots()
    {
        using var output = await SampleRun.JsonAsync("Planner.Sample");
        var plan = output.RootElement;

        Assert.True(PlanJson.Count(plan, "creates") > 0);
        Assert.True(PlanJson.Count(plan, "updates") > 0);
        Assert.True(PlanJson.Count(plan, "closes") > 0);
        PlanJson.HasNoUnexpectedSkips(plan);
    }

    [Fact]
    public async Task The_CASEpeer_sample_creates_on_its_first_run_and_creates_nothing_again_on_the_second()
    {
        using var first = await SampleRun.JsonAsync("CasePeer.Sample", "--platform-dir", _platformDir);
        using var second = await SampleRun.JsonAsync("CasePeer.Sample", "--platform-dir", _platformDir);

        Assert.True(PlanJson.Count(first.RootElement, "creates") > 0);
        Assert.Equal(0, PlanJson.Count(second.RootElement, "creates"));
        Assert.True(PlanJson.Count(second.RootElement, "skips") > 0);
        PlanJson.HasNoUnexpectedSkips(first.RootElement);
        PlanJson.HasNoUnexpectedSkips(second.RootElement);
    }

    [Fact]
    public async Task The_MyCase_sample_creates_on_the_first_night_and_a_second_run_creates_nothing_again()
    {
        using var first = await SampleRun.JsonAsync("MyCase.Sample", "--platform-dir", _platformDir);
        using var second = await SampleRun.JsonAsync("MyCase.Sample", "--platform-dir", _platformDir);
        var nights = first.RootElement.EnumerateArray().ToList();
        var nightsAgain = second.RootElement.EnumerateArray().ToList();

        Assert.Equal(2, nights.Count);
        Assert.True(PlanJson.Count(nights[0], "creates") > 0);
        Assert.Equal(0, PlanJson.Count(nights[1], "creates")); // the second night plans against the first's platform
        Assert.True(PlanJson.Count(nights[1], "updates") + PlanJson.Count(nights[1], "closes") > 0);
        Assert.All(nightsAgain, night => Assert.Equal(0, PlanJson.Count(night, "creates"))); // against the first run's platform
        Assert.All(nights.Concat(nightsAgain), PlanJson.HasNoUnexpectedSkips);
    }

    [Fact]
    public async Task The_telemetry_sample_exports_the_connectors_spans_and_metrics()
    {
        var output = await SampleRun.TextAsync("Telemetry.Sample");

        Assert.Contains("Connectors.CasePeer", output, StringComparison.Ordinal);
        Assert.Contains("http.client.request.duration", output, StringComparison.Ordinal);
        Assert.Contains("connectors.cases.read", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_SmartAdvocate_sample_dials_its_cases_and_plans_a_sync()
    {
        using var output = await SampleRun.JsonAsync("SmartAdvocate.Sample");
        var root = output.RootElement;

        Assert.True(root.GetProperty("dialer").GetProperty("casesToDial").GetArrayLength() > 0);
        Assert.Equal(
            root.GetProperty("dialer").GetProperty("casesToDial").GetArrayLength(),
            root.GetProperty("dialer").GetProperty("decisions").GetArrayLength());
        var plan = root.GetProperty("syncPlan");
        Assert.True(PlanJson.Count(plan, "creates") > 0);
        PlanJson.HasNoUnexpectedSkips(plan);
    }

    [Fact]
    public async Task The_Case_Xchange_sample_walks_a_referral_and_plans_the_CRM_write_back_and_intakes()
    {
        using var output = await SampleRun.JsonAsync("CaseXchange.Sample");
        var root = output.RootElement;

        Assert.False(string.IsNullOrEmpty(root.GetProperty("firm").GetString()));
        Assert.True(root.GetProperty("journey").GetArrayLength() > 0);
        var writeBack = root.GetProperty("writeBack").EnumerateArray().ToList();
        Assert.Contains(writeBack, w => w.GetProperty("crmRecordId").ValueKind == JsonValueKind.String);
        Assert.True(root.GetProperty("intakes").GetArrayLength() > 0);
    }

    [Fact]
    public async Task A_printed_plan_lists_its_first_writes_after_the_summary_and_every_row_with_all()
    {
        var firstRows = await SampleRun.TextAsync("Planner.Sample");
        var allRows = await SampleRun.TextAsync("Planner.Sample", "--all");

        Assert.Matches(@"Writes: the first 20 of \d+ \(--all prints every row\)", firstRows);
        Assert.True(firstRows.IndexOf("Summary", StringComparison.Ordinal) < firstRows.IndexOf("Writes", StringComparison.Ordinal));
        Assert.Matches(@"Writes \(\d+\)", allRows);
        Assert.True(allRows.Length > firstRows.Length);
    }

    [Fact]
    public async Task A_MyCase_case_imported_by_URL_that_is_already_on_the_platform_is_synced_update_only()
    {
        var output = await SampleRun.TextAsync("MyCase.Sample");

        Assert.Contains("already imported: synced update-only", output, StringComparison.Ordinal);
        Assert.DoesNotContain("already imported: synced update-only -> Create", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_fleet_host_runs_one_night_for_every_firm_with_none_failed()
    {
        Directory.CreateDirectory(_platformDir);
        var output = await SampleRun.TextAsync("Fleet.Host", "--db", Path.Combine(_platformDir, "fleet.db"));

        Assert.Matches(@"firms\s+12 \(0 failed\)", output);
        Assert.Matches(@"writes\s+[1-9]\d*", output);
        Assert.DoesNotContain("unreadable", output, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        if (Directory.Exists(_platformDir))
        {
            Directory.Delete(_platformDir, recursive: true);
        }
    }
}
