using Connectors.Core.Http;

using RichardSzalay.MockHttp;

namespace Connectors.SmartAdvocate.Tests;

/// <summary>Issue 16, point 9: reading one case asks for that case alone; CaseInfo is scanned only when the route cannot answer.</summary>
public class OneCaseReadTests
{
    private const string CaseInfoUrl = TestHost.Host + "/CaseSyncAPI/case/CaseInfo";
    private const string OneCaseUrl = TestHost.Host + "/CaseSyncAPI/case/1002";

    private const string Record = """
        {"caseID":1002,"caseNumber":"9000003","caseType":"Slip and Fall","caseStatus":"Intake","officeName":"Lincoln",
         "staff":[{"userID":31,"name":"Rivera, Ana","role":"Primary Attorney","email":"ana.rivera@example-firm.com"}],
         "modifiedDate":"2026-11-10T08:00:00Z"}
        """;

    private static TestHost Host(Action<SmartAdvocateOptions>? configure = null)
    {
        var host = new TestHost(o =>
        {
            o.DefaultAttorneyEmail = "lead@example-firm.com";
            configure?.Invoke(o);
        });
        host.ExpectSignIn(TestHost.Token(TestHost.Now + Duration.FromHours(2)));
        return host;
    }

    [Theory]
    [InlineData(Record)]
    [InlineData("[" + Record + "]")]
    public async Task One_case_is_one_request_and_CaseInfo_is_not_read(string answer)
    {
        using var host = Host();
        var byId = host.Http.When(HttpMethod.Get, OneCaseUrl).WithExactQueryString("AddContactInfo=True")
            .Respond("application/json", answer);
        var scan = host.Http.When(HttpMethod.Get, CaseInfoUrl).Respond("application/json", "[]");

        var found = await host.CaseSource.ReadCaseAsync("1002");

        Assert.Equal("1002", found?.Key.SourceId);
        Assert.Equal("ana.rivera@example-firm.com", found?.AttorneyEmail);
        Assert.Equal(1, host.Http.GetMatchCount(byId));
        Assert.Equal(0, host.Http.GetMatchCount(scan));
    }

    [Fact]
    public async Task A_404_or_405_is_settled_by_a_CaseInfo_scan()
    {
        using var host = Host();
        var scan = host.Http.When(HttpMethod.Get, CaseInfoUrl)
            .Respond("application/json", TestHost.Fixture("casesync/case-info.response.json"));
        var found1002 = host.Http.When(HttpMethod.Get, OneCaseUrl).Respond(System.Net.HttpStatusCode.NotFound);
        var missing4242 = host.Http.When(HttpMethod.Get, TestHost.Host + "/CaseSyncAPI/case/4242")
            .Respond(System.Net.HttpStatusCode.MethodNotAllowed);

        var found = await host.CaseSource.ReadCaseAsync("1002");
        var missing = await host.CaseSource.ReadCaseAsync("4242");

        Assert.Equal("1002", found?.Key.SourceId);
        Assert.Null(missing);
        Assert.Equal(1, host.Http.GetMatchCount(found1002));
        Assert.Equal(1, host.Http.GetMatchCount(missing4242));
        Assert.Equal(2, host.Http.GetMatchCount(scan));
    }

    [Fact]
    public async Task An_unreadable_record_is_the_case_unreadable_not_a_failed_read()
    {
        using var host = Host();
        host.Http.When(HttpMethod.Get, OneCaseUrl).Respond("application/json", """{"caseID":1002,"modifiedDate":"not a date"}""");

        var found = await host.CaseSource.ReadCaseAsync("1002");

        Assert.Equal("1002", found?.Key.SourceId);
        Assert.NotNull(found?.ReadError);
    }

    [Fact]
    public async Task An_answer_that_is_not_a_case_is_a_format_error()
    {
        using var host = Host();
        host.Http.When(HttpMethod.Get, OneCaseUrl).Respond("application/json", "\"nope\"");

        await Assert.ThrowsAsync<ConnectorResponseFormatException>(() => host.CaseSource.ReadCaseAsync("1002"));
    }

    [Fact]
    public async Task A_case_outside_the_configured_pattern_is_not_read_by_id_either()
    {
        using var host = Host(o => o.CaseNumberPattern = "8%");
        host.Http.When(HttpMethod.Get, OneCaseUrl).Respond("application/json", Record);

        Assert.Null(await host.CaseSource.ReadCaseAsync("1002"));
    }

    [Theory]
    [InlineData("9000003", "%", true)]
    [InlineData("9000003", "900%", true)]
    [InlineData("9000003", "8%", false)]
    [InlineData("9000003", "%03", true)]
    [InlineData("9000003", "9%0%3", true)]
    [InlineData("9000003", "9%4%3", false)]
    [InlineData("9000003", "9000003", true)]
    [InlineData("9000003", "900000", false)]
    [InlineData(null, "9%", false)]
    public void The_pattern_is_matched_as_CaseInfo_matches_it(string? number, string pattern, bool expected) =>
        Assert.Equal(expected, SmartAdvocateCaseSource.InPattern(number, pattern));
}
