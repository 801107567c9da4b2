using Connectors.Core.Windows;

using RichardSzalay.MockHttp;

namespace Connectors.SmartAdvocate.Tests;

public class CaseSourceTests
{
    private const string CaseInfoUrl = TestHost.Host + "/CaseSyncAPI/case/CaseInfo";

    private static TestHost HostWithCases(Action<SmartAdvocateOptions>? configure = null)
    {
        var host = new TestHost(o =>
        {
            o.DefaultAttorneyEmail = "lead@example-firm.com";
            o.AttorneyEmailByOffice = new Dictionary<string, string> { ["lincoln"] = "lincoln.lead@example-firm.com" };
            configure?.Invoke(o);
        });
        host.ExpectSignIn(TestHost.Token(TestHost.Now + Duration.FromHours(2)));
        host.Http.When(HttpMethod.Get, CaseInfoUrl)
            .WithExactQueryString("Casenumber=%25&AddContactInfo=True")
            .Respond("application/json", TestHost.Fixture("casesync/case-info.response.json"));
        return host;
    }

    [Fact]
    public async Task Maps_case_info_into_source_cases()
    {
        using var host = HostWithCases();

        var cases = await host.CaseSource.ReadCasesAsync(SyncWindow.Unbounded).ToListAsync();

        Assert.Equal(2, cases.Count);
        var open = cases[0];
        Assert.Equal(new Connectors.Core.Model.CaseKey("smartadvocate", "1001"), open.Key);
        Assert.Equal("Auto Accident", open.PracticeArea);
        Assert.Equal("LIT 04 - Answer Received", open.Status);
        Assert.False(open.IsClosed);
        Assert.Equal("9000002", open.Title);
        Assert.Equal("ana.rivera@example-firm.com", open.AttorneyEmail); // the case's own Primary Attorney, not the default
        Assert.Equal("Jane", open.Client.FirstName);
        Assert.Equal("Doe", open.Client.LastName);
        Assert.Equal("jane.doe@example.com", open.Client.Email);
        Assert.Equal("+14025555759", open.Client.Phone?.E164);
        // The sub-status changed after the case's modified date: that is the case's last change.
        Assert.Equal(Instant.FromUtc(2026, 11, 20, 16, 30, 24).PlusNanoseconds(237_000_000), open.UpdatedAt);

        var closed = cases[1];
        Assert.True(closed.IsClosed);
        Assert.Equal("lincoln.lead@example-firm.com", closed.AttorneyEmail);
        Assert.Equal("John", closed.Client.FirstName);
        Assert.Equal("Smith", closed.Client.LastName);
        Assert.Null(closed.Client.Phone);
    }

    [Fact]
    public async Task A_configured_sub_status_type_becomes_the_stage_and_office_joins_the_practice_area()
    {
        using var host = HostWithCases(o =>
        {
            o.StageSubStatusTypes = ["treatment status"];
            o.PracticeAreaSource = SmartAdvocatePracticeAreaSource.OfficeAndCaseType;
        });

        var cases = await host.CaseSource.ReadCasesAsync(SyncWindow.Unbounded).ToListAsync();

        Assert.Equal("Released From Treatment", cases[0].Status);
        Assert.Equal("Omaha - Auto Accident", cases[0].PracticeArea);
        Assert.Equal("Closed", cases[1].Status); // no such sub-status: the case status
    }

    [Fact]
    public async Task Only_cases_changed_inside_the_window_are_read()
    {
        using var host = HostWithCases();

        var cases = await host.CaseSource.ReadCasesAsync(new SyncWindow(Instant.FromUtc(2026, 11, 15, 0, 0),
            Instant.FromUtc(2026, 11, 24, 0, 0))).ToListAsync();

        Assert.Equal(["1001"], cases.Select(c => c.Key.SourceId));
    }

    [Fact]
    public async Task Reads_one_case_by_id_through_CaseInfo_when_the_one_case_route_answers_404()
    {
        using var host = HostWithCases();
        host.Http.Fallback.Respond(System.Net.HttpStatusCode.NotFound); // GET /CaseSyncAPI/case/{id}: a tenant without it

        var found = await host.CaseSource.ReadCaseAsync("1002");
        var missing = await host.CaseSource.ReadCaseAsync("4242");

        Assert.Equal("1002", found?.Key.SourceId);
        Assert.Null(missing);
    }

    [Fact]
    public void Is_registered_as_a_core_case_source()
    {
        using var host = new TestHost();

        var source = Assert.Single(host.Get<IEnumerable<Connectors.Core.Sources.ICaseSource>>());

        Assert.IsType<SmartAdvocateCaseSource>(source);
        Assert.Equal("smartadvocate", source.SourceSystem);
    }
}
