using Connectors.CasePeer;
using Connectors.Core.Http;
using Connectors.Core.Model;
using Connectors.Core.Planning;
using Connectors.Core.Stages;
using Connectors.Core.Windows;
using Connectors.Reliability.Tests.Fuzzing;
using Connectors.Reliability.Tests.Surfaces;

using Microsoft.Extensions.DependencyInjection;

using NodaTime;

namespace Connectors.Reliability.Tests;

/// <summary>
/// The decision per surface, spelled out: one bad record in a cases page is skipped with a reason; a broken page fails whole.
/// </summary>
public sealed class CasePeerBadRecordTests
{
    private const string Good = """{"id": {0}, "case_name": "A v. B", "case_type": "Personal Injury", "status": "Intake",""" +
        """ "is_closed": false, "updated_at": "2026-11-20T15:30:00+00:00", "case_status_eligible": true,""" +
        """ "connected_to_case_status": true, "primary_attorney": {"id": 1, "name": "Alex Reyes", "email": "a.reyes@firm.example"},""" +
        """ "client": {"id": 9, "first_name": "Femi", "last_name": "Brooks", "cell_phone": "402-320-5759"}}""";

    private static readonly SyncWindow Window = new(Instant.FromUtc(2000, 1, 1, 0, 0), Instant.FromUtc(2026, 11, 25, 2, 0));

    [Fact]
    public async Task A_CasePeer_case_with_an_invalid_date_is_skipped_as_unreadable_and_the_others_are_planned()
    {
        var bad = Good.Replace("{0}", "2002", StringComparison.Ordinal)
            .Replace("2026-11-20T15:30:00+00:00", "2026-13-45", StringComparison.Ordinal);
        var network = new MockNetwork
        {
            Payload = """{"count": 3, "next": null, "previous": null,""" +
                $$""" "results": [{{Good.Replace("{0}", "2001", StringComparison.Ordinal)}}, {{bad}},""" +
                $$""" {{Good.Replace("{0}", "2003", StringComparison.Ordinal)}}]}""",
        };
        await using var provider = CasePeerSurfaces.Host(network);

        var cases = new List<SourceCase>();
        await foreach (var item in provider.GetRequiredService<CasePeerCaseSource>().ReadCasesAsync(Window))
        {
            cases.Add(item);
        }

        Assert.Equal(["2001", "2002", "2003"], cases.Select(c => c.Key.SourceId));
        var unreadable = Assert.Single(cases, c => c.ReadError is not null);
        Assert.Contains("updated_at", unreadable.ReadError, StringComparison.Ordinal);

        var plan = SyncPlanner.Plan(new SyncRequest
        {
            Tenant = "firm",
            SourceSystem = "casepeer",
            Now = Window.End,
            Window = Window,
            Source = cases,
            Target = [],
            Stages = new StageCatalog([new PracticeAreaStages("Personal Injury", ["Intake", "Treatment", "Settled"])]),
            StageMap = new StageMap([]),
            KnownAttorneys = ["a.reyes@firm.example"],
        });
        Assert.Equal(2, plan.Summary.Creates);
        var skip = Assert.Single(plan.Operations, o => o.Kind == OperationKind.Skip);
        Assert.Equal((SkipReason.Unreadable, "2002"), (skip.Reason!.Value, skip.SourceId));
        Assert.Equal(unreadable.ReadError, skip.Detail);
    }

    [Theory]
    [InlineData("""{"count": 1, "next": null, "previous": null, "results": [""")]
    [InlineData("""{"count": 1, "next": null, "previous": null, "results": {"id": 1}}""")]
    [InlineData("null")]
    public async Task A_CasePeer_page_that_cannot_be_read_fails_whole_with_ConnectorResponseFormatException(string page)
    {
        await using var provider = CasePeerSurfaces.Host(new MockNetwork { Payload = page });

        await Assert.ThrowsAsync<ConnectorResponseFormatException>(async () =>
        {
            await foreach (var unused in provider.GetRequiredService<CasePeerCaseSource>().ReadCasesAsync(Window))
            {
            }
        });
    }
}
