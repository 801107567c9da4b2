using Connectors.Core.Planning;
using Connectors.Core.Stages;
using Connectors.Core.Windows;

using RichardSzalay.MockHttp;

namespace Connectors.SmartAdvocate.Tests;

/// <summary>A CaseInfo record without a usable <c>caseID</c> is never taken for a case (today's key "0").</summary>
public class UnreadableCaseIdTests
{
    private const string CaseInfoUrl = TestHost.Host + "/CaseSyncAPI/case/CaseInfo";

    // A record's fields after its caseID.
    private const string Rest = ""","caseNumber":"9000010","caseType":"Auto""" +
        """ Accident","caseStatus":"Intake","modifiedDate":"2026-11-02T10:00:00Z"}""";

    private static TestHost HostAnswering(string body)
    {
        var host = new TestHost(o => o.DefaultAttorneyEmail = "lead@example-firm.com");
        host.ExpectSignIn(TestHost.Token(TestHost.Now + Duration.FromHours(2)));
        host.Http.When(HttpMethod.Get, CaseInfoUrl).Respond("application/json", body);
        return host;
    }

    [Theory]
    [InlineData("""{"caseNumber":"9000010","caseType":"Auto Accident","caseStatus":"Intake","modifiedDate":"2026-11-02T10:00:00Z"}""")]
    [InlineData("""{"caseID":0""" + Rest)]
    [InlineData("""{"caseID":-4""" + Rest)]
    [InlineData("{\"caseID\":\"n/a\"" + Rest)]
    [InlineData("""{"caseID":null,"caseNumber":"9000010","caseType":"Auto Accident","caseStatus":"Intake","modifiedDate":"not a date"}""")]
    public async Task A_record_without_a_usable_case_id_is_unreadable_and_names_the_field(string record)
    {
        const string Usable = """{"caseID":1001""" +
            ""","caseNumber":"9000002","caseType":"Auto Accident","caseStatus":"Intake","modifiedDate":"2026-11-02T10:00:00Z"}""";
        using var host = HostAnswering($"[{record},{Usable}]");

        var cases = await host.CaseSource.ReadCasesAsync(SyncWindow.Unbounded).ToListAsync();

        Assert.Equal(2, cases.Count);
        var unreadable = cases[0];
        Assert.NotNull(unreadable.ReadError);
        Assert.Contains("caseID", unreadable.ReadError, StringComparison.Ordinal);
        Assert.Contains("no usable 'caseID'", unreadable.ReadError, StringComparison.Ordinal);
        Assert.Null(cases[1].ReadError);
        Assert.Equal("1001", cases[1].Key.SourceId);
        var plan = SyncPlanner.Plan(new SyncRequest
        {
            Tenant = "firm",
            SourceSystem = "smartadvocate",
            Now = TestHost.Now,
            Window = SyncWindow.Unbounded,
            Source = cases,
            Target = [],
            Stages = new StageCatalog([new PracticeAreaStages("Auto Accident", ["Intake", "Settled"])]),
            KnownAttorneys = ["lead@example-firm.com"],
        });
        var skip = plan.Operations.Single(o => o.Key == unreadable.Key);
        Assert.Equal((OperationKind.Skip, SkipReason.Unreadable, unreadable.ReadError), (skip.Kind, skip.Reason, skip.Detail));
    }
}
