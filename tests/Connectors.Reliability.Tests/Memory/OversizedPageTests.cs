using System.Globalization;
using System.Net;

using Connectors.CasePeer;
using Connectors.CaseXchange;
using Connectors.Core.Http;
using Connectors.Core.Windows;
using Connectors.MyCase;
using Connectors.Reliability.Tests.Fuzzing;
using Connectors.Reliability.Tests.Surfaces;

using Microsoft.Extensions.DependencyInjection;

using NodaTime;

namespace Connectors.Reliability.Tests.Memory;

/// <summary>Issue 14 point 12: a page holding more records than the page size asked for is refused, not read.</summary>
public sealed class OversizedPageTests
{
    private static readonly SyncWindow Window = new(Instant.FromUtc(2000, 1, 1, 0, 0), Instant.FromUtc(2026, 11, 25, 2, 0));

    [Fact]
    public async Task A_MyCase_page_longer_than_the_page_size_is_refused()
    {
        // MyCase's default page size is 100.
        var network = new MockNetwork { Payload = Records(101, id => MyCaseSurfaces.Case(id, "Intake", 50_000 + id)) };
        await using var host = MyCaseSurfaces.Host(network);
        var failure = await Record.ExceptionAsync(async () =>
        {
            await foreach (var _ in host.GetRequiredService<MyCaseCaseSource>().ReadCasesAsync(Window))
            {
            }
        });
        Assert.True(failure is ConnectorResponseFormatException, $"Expected ConnectorResponseFormatException, got {failure}");
    }

    [Fact]
    public async Task A_MyCase_page_of_exactly_the_page_size_is_read()
    {
        var network = new MockNetwork { Payload = Records(100, id => MyCaseSurfaces.Case(id, "Intake", 50_000 + id)) };
        await using var host = MyCaseSurfaces.Host(network);
        var count = 0;
        await foreach (var _ in host.GetRequiredService<MyCaseCaseSource>().ReadCasesAsync(Window))
        {
            count++;
        }

        Assert.Equal(100, count);
    }

    [Fact]
    public async Task A_CasePeer_page_longer_than_the_page_size_is_refused()
    {
        // CASEpeer's default page size is 50.
        var records = Records(51, id => $$"""{"id": {{id}}}""");
        var network = new MockNetwork { Payload = $$"""{"count": 51, "next": null, "results": {{records}}}""" };
        await using var host = CasePeerSurfaces.Host(network);
        var failure = await Record.ExceptionAsync(async () =>
        {
            await foreach (var _ in host.GetRequiredService<CasePeerCaseSource>().ReadCasesAsync(Window))
            {
            }
        });
        Assert.True(failure is ConnectorResponseFormatException, $"Expected ConnectorResponseFormatException, got {failure}");
    }

    [Fact]
    public async Task A_Case_Xchange_page_longer_than_the_page_size_is_refused()
    {
        // Case Xchange's default page size is 100.
        var records = Records(101, id => $$"""{"id": "sent-{{id}}", "status": "sent"}""");
        var network = new MockNetwork
        {
            Payload = "{\"data\": " + records + """, "pagination": {"page": 1, "limit": 100, "total": 101,""" +
            """ "totalPages": 1}}"""
        };
        await using var host = CaseXchangeSurfaces.Provider(network);
        var failure = await Record.ExceptionAsync(async () =>
        {
            await foreach (var _ in host.GetRequiredService<CaseXchangeClient>().ReadSentCasesAsync())
            {
            }
        });
        Assert.True(failure is ConnectorResponseFormatException, $"Expected ConnectorResponseFormatException, got {failure}");
    }

    private static string Records(int count, Func<long, string> record) =>
        "[" + string.Join(",", Enumerable.Range(1, count).Select(i => record(i))) + "]";
}
