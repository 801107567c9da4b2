using System.Globalization;

using Connectors.Core.Planning;
using Connectors.Core.Windows;
using Connectors.MyCase;
using Connectors.Sandbox.Faults;
using Connectors.Tests.Shared;

using NodaTime;
using NodaTime.Testing;

namespace Connectors.IntegrationTests.MyCase;

[Collection(MyCaseSerialTests.Name)]
public class MyCaseSyncTests
{
    private static readonly RollingLookBackWindowPolicy Policy = new(DateTimeZone.Utc);

    [Fact]
    public async Task Authorization_code_flow_keeps_the_firm_uuid_as_tenant_key()
    {
        await using var harness = await MyCaseHarness.StartAsync();

        var connection = await harness.AuthorizeAsync();

        Assert.Equal(harness.Vendor.Options.FirmUuid, connection.FirmUuid);
        Assert.Equal(MyCaseHarness.Start + Duration.FromHours(24), connection.AccessTokenExpiresAt);
        Assert.Equal(MyCaseHarness.Start + Duration.FromDays(14), connection.RefreshTokenExpiresAt);
        Assert.Equal(1, harness.Vendor.Exchanges);
        Assert.Equal("Sandbox Law Firm", (await harness.Get<MyCaseFirmCatalog>().ReadFirmAsync()).Name);
    }

    [Fact]
    public async Task Paging_follows_the_link_header_across_every_page()
    {
        await using var harness = await MyCaseHarness.StartAsync();
        await harness.AuthorizeAsync();

        var read = await MyCaseFirm.ReadAsync(harness.Get<MyCaseCaseSource>().ReadCasesAsync(SyncWindow.Unbounded));

        var pages = harness.Vendor.Requests.Where(r => r.Method == "GET" && r.Path == "/v1/cases").ToList();
        Assert.Equal(5, pages.Count); // 120 cases, 25 a page
        Assert.DoesNotContain("page_token", pages[0].QueryNames);
        Assert.All(pages.Skip(1), p => Assert.Contains("page_token", p.QueryNames));
        Assert.Equal(harness.Vendor.Cases.Select(c => c.Id.ToString(CultureInfo.InvariantCulture)), read.Select(c => c.Key.SourceId));
    }

    [Fact]
    public async Task First_sync_reads_ten_years_later_syncs_twelve_months_and_a_reset_ten_years_again()
    {
        await using var harness = await MyCaseHarness.StartAsync();
        await harness.AuthorizeAsync();
        var source = harness.Get<MyCaseCaseSource>();
        var now = MyCaseHarness.Start;

        var first = Policy.WindowFor(SyncCheckpoint.None, now);
        var firstRead = await MyCaseFirm.ReadAsync(source.ReadCasesAsync(first));
        var later = Policy.WindowFor(SyncCheckpoint.None.Applied(now), now);
        var laterRead = await MyCaseFirm.ReadAsync(source.ReadCasesAsync(later));
        var reset = Policy.WindowFor(SyncCheckpoint.Reset(), now);

        var filters = harness.Vendor.Requests.Where(r => r.Path == "/v1/cases" && !r.QueryNames.Contains("page_token")).ToList();
        Assert.Equal(2, filters.Count);
        Assert.Equal(now.InUtc().LocalDateTime.PlusYears(-10).InUtc().ToInstant(), first.Start);
        Assert.Equal(now.InUtc().LocalDateTime.PlusMonths(-12).InUtc().ToInstant(), later.Start);
        Assert.Equal(first, reset);
        var cases = harness.Vendor.Cases;
        Assert.Equal(cases.Count(c => Instant.FromDateTimeOffset(c.UpdatedAt) >= first.Start), firstRead.Count);
        Assert.Equal(cases.Count(c => Instant.FromDateTimeOffset(c.UpdatedAt) >= later.Start), laterRead.Count);
        Assert.True(firstRead.Count < cases.Count, "some seeded cases are older than 10 years");
        Assert.True(laterRead.Count < firstRead.Count, "some seeded cases changed 1 to 10 years ago");
    }

    [Fact]
    public async Task Second_sync_updates_stages_closes_closed_cases_and_never_adds_a_duplicate()
    {
        await using var harness = await MyCaseHarness.StartAsync();
        await harness.AuthorizeAsync();
        var source = harness.Get<MyCaseCaseSource>();
        var now = MyCaseHarness.Start;
        var window = Policy.WindowFor(SyncCheckpoint.None, now);
        var firstPlan = MyCaseFirm.Plan(await MyCaseFirm.ReadAsync(source.ReadCasesAsync(window)), [], window, now);
        var target = SyncPlanGuard.ApplyTo(firstPlan, []);
        var created = firstPlan.Operations.Where(o => o.Kind == OperationKind.Create)
            .Select(o => long.Parse(o.SourceId, CultureInfo.InvariantCulture))
            .ToList();
        var personalInjury = harness.Vendor.Cases.First(
            c => created.Contains(c.Id) && c.PracticeArea == "Personal Injury" && c.CaseStage != "Released From Treatment");
        var toClose = harness.Vendor.Cases.First(c => created.Contains(c.Id) && c.Id != personalInjury.Id);

        // A user moves one case to "released from treatment" (MyCase matches stage names without regard to case) and closes another.
        var later = now + Duration.FromDays(1);
        harness.Clock.Reset(later - Duration.FromHours(3));
        harness.Vendor.UpdateCase(personalInjury.Id, stage: "released from treatment");
        harness.Vendor.UpdateCase(toClose.Id, closed: true);
        harness.Clock.Reset(later); // the access token is 24 hours old now: the connector refreshes it on its own
        var secondWindow = Policy.WindowFor(SyncCheckpoint.None.Applied(now), later);
        var secondPlan = MyCaseFirm.Plan(await MyCaseFirm.ReadAsync(source.ReadCasesAsync(secondWindow)), target, secondWindow, later);

        Assert.True(created.Count > 60);
        Assert.DoesNotContain(
            secondPlan.Operations,
            o => o.Kind == OperationKind.Create && created.Contains(long.Parse(o.SourceId, CultureInfo.InvariantCulture)));
        var update = Assert.Single(secondPlan.Operations, o => o.SourceId == personalInjury.Id.ToString(CultureInfo.InvariantCulture));
        Assert.Equal(OperationKind.Update, update.Kind);
        Assert.Equal("Treatment Completed", update.Target!.Stage);
        var close = Assert.Single(secondPlan.Operations, o => o.SourceId == toClose.Id.ToString(CultureInfo.InvariantCulture));
        Assert.Equal(OperationKind.Close, close.Kind);
    }

    [Fact]
    public async Task Cases_missing_required_fields_are_skipped_with_every_reason()
    {
        await using var harness = await MyCaseHarness.StartAsync();
        await harness.AuthorizeAsync();
        var window = Policy.WindowFor(SyncCheckpoint.None, MyCaseHarness.Start);

        var plan = MyCaseFirm.Plan(
            await MyCaseFirm.ReadAsync(harness.Get<MyCaseCaseSource>().ReadCasesAsync(window)),
            [],
            window,
            MyCaseHarness.Start);

        var invalid = plan.Operations.Where(o => o.Reason == SkipReason.Invalid).ToList();
        Assert.NotEmpty(invalid);
        Assert.Contains(invalid, o => o.Problems.Count >= 2); // no last name and no cell phone, both listed
        var problems = invalid.SelectMany(o => o.Problems).Select(p => p.Code.ToString()).ToHashSet();
        Assert.Contains("LastNameMissing", problems);
        Assert.Contains("PhoneMissing", problems);
        Assert.Contains("AttorneyNotKnown", problems);
        Assert.Contains("AttorneyEmailMissing", problems);
    }

    [Fact]
    public async Task One_case_is_imported_by_its_mycase_url_and_a_url_without_an_id_is_a_clear_error()
    {
        await using var harness = await MyCaseHarness.StartAsync();
        await harness.AuthorizeAsync();
        var source = harness.Get<MyCaseCaseSource>();
        var wanted = harness.Vendor.Cases[7];

        var imported = await source.ImportAsync($"https://sandboxlaw.mycase.com/court_cases/{wanted.Id}/details");
        var error = await Assert.ThrowsAsync<Connectors.Core.Http.ConnectorValidationException>(
            () => source.ImportAsync("https://sandboxlaw.mycase.com/dashboard"));

        Assert.Equal(wanted.Id.ToString(CultureInfo.InvariantCulture), imported!.Key.SourceId);
        Assert.Equal(wanted.CaseStage, imported.Status);
        Assert.Contains("court_cases", error.Message, StringComparison.Ordinal);
        Assert.Null(await source.ImportAsync("99999999"));
    }

    [Fact]
    public async Task A_429_is_waited_out_and_the_read_recovers()
    {
        await using var harness = await MyCaseHarness.StartAsync();
        await harness.AuthorizeAsync();
        harness.Server.Faults.Add(new FaultRule
        {
            Kind = FaultKind.RateLimited,
            Method = "GET",
            PathPrefix = "/mycase/v1/cases",
            OnRequests = [2],
            RetryAfter = TimeSpan.FromSeconds(1),
        });

        var read = await MyCaseFirm.ReadAsync(harness.Get<MyCaseCaseSource>().ReadCasesAsync(SyncWindow.Unbounded));

        Assert.Equal(1, harness.Server.Faults.Fired);
        Assert.Equal(harness.Vendor.Cases.Count, read.Count);
    }

    [Fact]
    public async Task The_sandbox_answers_429_past_25_requests_in_a_second_and_the_client_recovers_when_the_second_is_over()
    {
        var time = new FakeClock(MyCaseHarness.Start); // the sandbox's rate-limit seconds, apart from the token clock
        await using var harness = await MyCaseHarness.StartAsync(
            new Sandbox.MyCase.MyCaseSandboxOptions { RateLimitTime = new FakeClockTimeProvider(time) },
            o =>
            {
                o.RequestsPerSecond = 1000; // the client's own limit out of the way, to reach the server's
                o.MaxRetryAttempts = 0;
            });
        await harness.AuthorizeAsync();
        var catalog = harness.Get<MyCaseFirmCatalog>();
        for (var i = 0; i < 25; i++)
        {
            await catalog.ReadFirmAsync();
        }

        var refused = await Assert.ThrowsAsync<Connectors.Core.Http.ConnectorRateLimitedException>(() => catalog.ReadFirmAsync());
        time.Advance(Duration.FromSeconds(1));
        var firm = await catalog.ReadFirmAsync();

        Assert.Equal(TimeSpan.FromSeconds(1), refused.RetryAfter);
        Assert.Equal(1, harness.Vendor.RateLimited);
        Assert.NotNull(firm.Name);
    }
}
