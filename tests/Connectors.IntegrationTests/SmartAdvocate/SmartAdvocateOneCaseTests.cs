using Connectors.Core.Model;
using Connectors.Core.Planning;
using Connectors.Core.Sources;
using Connectors.Core.Stages;
using Connectors.Core.Windows;
using Connectors.Sandbox.SmartAdvocate;

namespace Connectors.IntegrationTests.SmartAdvocate;

/// <summary>
/// Issue 16, point 9, over real HTTP: one case is read with one request, and the attorney on the case's own staff reaches
/// the plan, the configured attorney only where the staff names none.
/// </summary>
public class SmartAdvocateOneCaseTests
{
    private const string Default = "lead.attorney@sandbox-firm.example";
    private const string Staffed = "ana.rivera@sandbox-firm.example";
    private const string CaseSync = "/smartadvocate/CaseSyncAPI/case/";
    private static readonly string[] Stages = ["Intake", "Treatment", "LIT 03 - Lawsuit Served", "LIT 04 - Answer Received"];

    [Fact]
    public async Task Reading_one_case_makes_one_request_for_that_case()
    {
        await using var harness = await SmartAdvocateHarness.StartAsync(
            new SmartAdvocateSandboxOptions { Cases = 40 },
            o => o.DefaultAttorneyEmail = Default);
        harness.Vendor.AssignStaff(1002, "Rivera, Ana", "Primary Attorney", Staffed);
        var requests = harness.Server.Context.Requests;

        var found = await harness.CaseSource.ReadCaseAsync("1002");

        Assert.Equal("1002", found?.Key.SourceId);
        Assert.Equal(("John", "Smith"), (found?.Client.FirstName, found?.Client.LastName));
        Assert.Equal(Staffed, found?.AttorneyEmail);
        Assert.Equal(1, requests.Count("GET", CaseSync));
        Assert.Equal(1, requests.Count("GET", CaseSync + "1002"));
        Assert.Equal(0, requests.Count("GET", CaseSync + "CaseInfo"));
    }

    [Fact]
    public async Task A_case_that_does_not_exist_is_settled_by_one_CaseInfo_read()
    {
        await using var harness = await SmartAdvocateHarness.StartAsync();
        var requests = harness.Server.Context.Requests;

        Assert.Null(await harness.CaseSource.ReadCaseAsync("4242"));
        Assert.Equal(1, requests.Count("GET", CaseSync + "4242"));
        Assert.Equal(1, requests.Count("GET", CaseSync + "CaseInfo"));
    }

    [Fact]
    public async Task A_tenant_without_the_one_case_route_still_reads_the_case_through_CaseInfo()
    {
        await using var harness = await SmartAdvocateHarness.StartAsync(
            new SmartAdvocateSandboxOptions { ServeCaseById = false },
            o => o.DefaultAttorneyEmail = Default);
        harness.Vendor.AssignStaff(1003, "Rivera, Ana", "Secondary Attorney", Staffed);

        var found = await harness.CaseSource.ReadCaseAsync("1003");

        Assert.Equal("1003", found?.Key.SourceId);
        Assert.Equal(Staffed, found?.AttorneyEmail);
        Assert.Equal(1, harness.Server.Context.Requests.Count("GET", CaseSync + "CaseInfo"));
    }

    [Fact]
    public async Task The_staffs_attorney_reaches_the_plan_and_the_default_only_where_the_staff_names_none()
    {
        await using var harness = await SmartAdvocateHarness.StartAsync(configure: o => o.DefaultAttorneyEmail = Default);
        harness.Vendor.AssignStaff(1002, "Rivera, Ana", "Primary Attorney", Staffed);
        var cases = await harness.CaseSource.ReadCasesAsync(SyncWindow.Unbounded).ToListAsync();

        var plan = SyncPlanner.Plan(new SyncRequest
        {
            Tenant = "my-firm",
            SourceSystem = harness.CaseSource.SourceSystem,
            Now = SmartAdvocateHarness.Start,
            Window = SyncWindow.Unbounded,
            Source = cases,
            SourceRead = new SourceReadReport(),
            Target = [],
            Stages = new StageCatalog(
            [
                new PracticeAreaStages("Auto Accident", Stages),
                new PracticeAreaStages("Slip and Fall", Stages),
                new PracticeAreaStages("Medical Malpractice", Stages),
            ]),
            StageMap = new StageMap([]),
            KnownAttorneys = [Default, Staffed],
        });

        var creates = plan.Operations.Where(o => o.Kind == OperationKind.Create)
            .ToDictionary(o => o.SourceId, o => o.Target!.AttorneyEmail);
        Assert.Equal(Staffed, creates["1002"]);
        Assert.Equal(Default, creates["1001"]);
        Assert.All(creates.Where(c => c.Key != "1002"), c => Assert.Equal(Default, c.Value));
        Assert.Equal("1002", Assert.Single(creates, c => c.Value == Staffed).Key);
    }
}
