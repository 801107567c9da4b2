using System.Net;

using Connectors.CasePeer;
using Connectors.CaseXchange;
using Connectors.Core.Http;
using Connectors.Core.Windows;
using Connectors.MyCase;
using Connectors.Reliability.Tests.Fuzzing;
using Connectors.Reliability.Tests.Surfaces;
using Connectors.SmartAdvocate;

using Microsoft.Extensions.DependencyInjection;

using NodaTime;

using RichardSzalay.MockHttp;

using Xunit.Abstractions;

namespace Connectors.Reliability.Tests.Memory;

/// <summary>Runs alone, so that the allocation figures are this test's own.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class RunsAlone
{
    /// <summary>The collection's name.</summary>
    public const string Name = "Bounded memory";
}

/// <summary>
/// Issue 14 point 12: each connector's case read meets a 2 GB answer (streamed without a length, or declaring it in
/// <c>Content-Length</c>) whose first record never ends. The read ends in <see cref="ConnectorResponseFormatException"/>
/// having read a few megabytes, with the process's allocations far below the body's size.
/// </summary>
[Collection(RunsAlone.Name)]
public sealed class BoundedMemoryTests(ITestOutputHelper output)
{
    private const long TwoGigabytes = 2L * 1024 * 1024 * 1024;

    private const long OneGigabyte = 1L * 1024 * 1024 * 1024;

    // Far below the body: what the caps (and a few re-reads) may cost, not what reading the answer would.
    private const long AllocationBudget = 400L * 1024 * 1024;

    private static readonly SyncWindow Window = new(Instant.FromUtc(2000, 1, 1, 0, 0), Instant.FromUtc(2026, 11, 25, 2, 0));

    public static TheoryData<string, bool> Reads()
    {
        var data = new TheoryData<string, bool>();
        foreach (var connector in new[] { "mycase", "casepeer", "casexchange", "smartadvocate" })
        {
            data.Add(connector, false);
            data.Add(connector, true);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Reads))]
    public async Task A_2_GB_case_answer_ends_in_a_format_exception_with_memory_staying_small(string connector, bool declareLength)
    {
        var bodies = new List<GeneratedBody>();
        var network = new MockNetwork();
        var (prefix, path, read) = Connector(connector, network);
        network.Handler.When("*").With(r => r.RequestUri!.AbsolutePath.EndsWith(path, StringComparison.OrdinalIgnoreCase))
            .Respond(_ => GeneratedBody.Answer(prefix, TwoGigabytes, declareLength, bodies));

        GC.Collect();
        var before = GC.GetTotalAllocatedBytes(precise: true);
        var failure = await Record.ExceptionAsync(read);
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - before;

        output.WriteLine(
            $"{connector}, length declared: {declareLength}: {bodies.Count} answers, {bodies.Sum(b => b.Served) / 1024} KB read, " +
            $"{allocated / 1024} KB allocated; {failure?.Message}");
        Assert.True(failure is ConnectorResponseFormatException, $"Expected ConnectorResponseFormatException, got {failure}");
        Assert.NotEmpty(bodies);
        Assert.All(bodies, b => Assert.True(b.Served < GeneratedBody.Tripwire, $"{b.Served} bytes of one answer were read"));
        Assert.True(
            allocated < AllocationBudget,
            $"{allocated / (1024 * 1024)} MB allocated for a {TwoGigabytes / (1024 * 1024)} MB answer");
        Assert.DoesNotContain("AAAA", failure.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("casepeer", HttpStatusCode.Unauthorized, TwoGigabytes)]
    [InlineData("casepeer", HttpStatusCode.InternalServerError, TwoGigabytes)]
    [InlineData("casexchange", HttpStatusCode.Unauthorized, TwoGigabytes)]
    [InlineData("casexchange", HttpStatusCode.InternalServerError, TwoGigabytes)]
    [InlineData("casepeer", HttpStatusCode.Unauthorized, OneGigabyte)] // a length a buffer could be sized to
    [InlineData("casexchange", HttpStatusCode.BadRequest, OneGigabyte)]
    public async Task A_huge_error_answer_keeps_its_status_with_memory_staying_small(string connector, HttpStatusCode status, long length)
    {
        var bodies = new List<GeneratedBody>();
        var network = new MockNetwork();
        var (_, path, read) = Connector(connector, network);
        network.Handler.When("*").With(r => r.RequestUri!.AbsolutePath.EndsWith(path, StringComparison.OrdinalIgnoreCase)).Respond(_ =>
        {
            var answer = GeneratedBody.Answer("{\"detail\": \"", length, declareLength: true, bodies);
            answer.StatusCode = status;
            return answer;
        });

        GC.Collect();
        var before = GC.GetTotalAllocatedBytes(precise: true);
        var failure = await Record.ExceptionAsync(read);
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - before;

        var api = Assert.IsAssignableFrom<ConnectorApiException>(failure);
        Assert.Equal(status, api.StatusCode);
        Assert.Equal(status == HttpStatusCode.Unauthorized, failure is ConnectorAuthenticationException);
        Assert.All(bodies, b => Assert.True(b.Served < GeneratedBody.Tripwire, $"{b.Served} bytes of one answer were read"));
        Assert.True(allocated < AllocationBudget, $"{allocated / (1024 * 1024)} MB allocated for a {length / (1024 * 1024)} MB answer");
    }

    private static (string Prefix, string Path, Func<Task> Read) Connector(string connector, MockNetwork network) => connector switch
    {
        "mycase" => ("[{\"id\": 1042, \"name\": \"", "/v1/cases", async () =>
        {
            network.Payload = "[]"; // the firm's other lists, read around the cases
            await using var host = MyCaseSurfaces.Host(network);
            await foreach (var _ in host.GetRequiredService<MyCaseCaseSource>().ReadCasesAsync(Window))
            {
            }
        }
        ),
        "casepeer" => ("{\"count\": 1, \"next\": null, \"results\": [{\"id\": 1042, \"case_name\": \"", "/api/v1/cases", async () =>
        {
            await using var host = CasePeerSurfaces.Host(network);
            await foreach (var _ in host.GetRequiredService<CasePeerCaseSource>().ReadCasesAsync(Window))
            {
            }
        }
        ),
        "casexchange" => ("{\"data\": [{\"id\": \"", "/sent-cases", async () =>
        {
            await using var host = CaseXchangeSurfaces.Provider(network);
            await foreach (var _ in host.GetRequiredService<CaseXchangeClient>().ReadSentCasesAsync())
            {
            }
        }
        ),
        "smartadvocate" => ("[{\"caseID\": 1042, \"caseName\": \"", "/case/CaseInfo", async () =>
        {
            network.Route(
                r => r.RequestUri!.AbsolutePath.EndsWith("/Users/authenticate", StringComparison.OrdinalIgnoreCase),
                _ => (HttpStatusCode.OK, SmartAdvocateSurfaces.SignInAnswer));
            await using var host = SmartAdvocateSurfaces.Provider(network);
            await foreach (var _ in host.GetRequiredService<SmartAdvocateCaseSource>().ReadCasesAsync(Window))
            {
            }
        }
        ),
        _ => throw new ArgumentOutOfRangeException(nameof(connector)),
    };
}
