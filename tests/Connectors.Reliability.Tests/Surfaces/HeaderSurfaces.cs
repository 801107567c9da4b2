using System.Globalization;
using System.Net;
using System.Text;

using Connectors.CaseXchange;
using Connectors.Core.Windows;
using Connectors.MyCase;
using Connectors.Reliability.Tests.Fuzzing;

using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

using NodaTime;

using RichardSzalay.MockHttp;

namespace Connectors.Reliability.Tests.Surfaces;

/// <summary>
/// Response headers the SDK reads: MyCase's paging headers (<c>Link</c> to the next page, <c>Item-Count</c> as the total)
/// on a case page read end to end, and Case Xchange's <c>X-RateLimit-Remaining</c>/<c>X-RateLimit-Reset</c>, recorded
/// on one answer and waited on by the next request (on a fake clock).
/// </summary>
public sealed class HeaderSurfaces : IHeaderFuzzSurfaces
{
    private const string CaseXchangeAnswer = """{"data": {"id": "6f1c2a1e-0000-4000-8000-000000000001",""" +
        """ "referenceNumber": "CX-PI-00142", "status": "sent"}}""";

    private static readonly SyncWindow Window = new(Instant.FromUtc(2000, 1, 1, 0, 0), Instant.FromUtc(2026, 11, 25, 2, 0));

    private static readonly long[] CaseIds = [1042, 1043, 1044];

    private static readonly IReadOnlyList<IReadOnlyList<string>> LinkSeeds =
    [
        ["<https://mycase.example/v1/cases?page_size=100&field%5Bclient%5D=id&page_token=eyJpZCI6MTA0NH0%3D>; rel=\"next\""],
        [
            "<https://mycase.example/v1/cases?page_token=abc,def&page_size=3>; rel=\"next last\", " +
            "<https://mycase.example/v1/cases?page_token=first>; rel=\"first\"",
        ],
        [
            "<https://mycase.example/v1/cases?page_token=first>; rel=first",
            "<https://mycase.example/v1/cases?page_size=3&page_token=p2>; REL=\"next\"; title=\"a;b\"",
        ],
        ["<https://mycase.example/v1/cases?page_token=first>; rel=\"prev\""],
    ];

    private static readonly IReadOnlyList<IReadOnlyList<string>> ItemCountSeeds = [["3"], ["1042"], ["0"]];

    /// <inheritdoc />
    public IEnumerable<HeaderSurface> Create()
    {
        yield return MyCasePaging("mycase/link-header", "Link", LinkSeeds);
        yield return MyCasePaging("mycase/item-count-header", "Item-Count", ItemCountSeeds);

        var reset = DateTimeOffset.FromUnixTimeSeconds(1_795_000_000)
            .AddSeconds(20)
            .ToUnixTimeSeconds()
            .ToString(CultureInfo.InvariantCulture);
        yield return new HeaderSurface(
            "casexchange/rate-limit-headers",
            new Dictionary<string, IReadOnlyList<IReadOnlyList<string>>>(StringComparer.Ordinal)
            {
                ["X-RateLimit-Limit"] = [["100"]],
                ["X-RateLimit-Remaining"] = [["0"], ["7"]],
                ["X-RateLimit-Reset"] = [["30"], [reset], ["0"]],
            },
            RateLimitedAsync,
            ["CX-PI-00142"]);
    }

    private static HeaderSurface MyCasePaging(string name, string header, IReadOnlyList<IReadOnlyList<string>> seeds)
    {
        IReadOnlyDictionary<string, IReadOnlyList<string>> current = new Dictionary<string, IReadOnlyList<string>>();
        var network = new MockNetwork { Payload = "[]" }; // the firm's other lists, read around the cases
        var page = "[" + string.Join(",", CaseIds.Select(id => MyCaseSurfaces.Case(id, "Intake", 50_000 + id))) + "]";
        network.Handler.When("*").With(r => r.RequestUri!.AbsolutePath == "/v1/cases").Respond(request =>
        {
            // The first page carries the headers under test; any next page is the last, empty and bare.
            var first = !request.RequestUri!.Query.Contains("page_token=", StringComparison.Ordinal);
            var response = new HttpResponseMessage(HttpStatusCode.OK)
            {
                Content = new StringContent(
                first ? page : "[]",
                Encoding.UTF8,
                "application/json")
            };
            foreach (var (key, values) in first ? current : new Dictionary<string, IReadOnlyList<string>>())
            {
                Assert.True(response.Headers.TryAddWithoutValidation(key, values), $"{key} could not be set");
            }

            return response;
        });
        var host = new Lazy<ServiceProvider>(() => MyCaseSurfaces.Host(network));
        var others = new Dictionary<string, IReadOnlyList<IReadOnlyList<string>>>(StringComparer.Ordinal)
        {
            ["Link"] = LinkSeeds,
            ["Item-Count"] = ItemCountSeeds,
        };
        return new HeaderSurface(
            name,
            new Dictionary<string, IReadOnlyList<IReadOnlyList<string>>>(StringComparer.Ordinal) { [header] = seeds },
            async headers =>
            {
                var all = others.Where(o => o.Key != header).ToDictionary(o => o.Key, o => o.Value[0], StringComparer.Ordinal);
                foreach (var (key, values) in headers)
                {
                    all[key] = values;
                }

                current = all;
                var ids = new List<string>();
                var progress = new Progress();
                await foreach (var item in host.Value.GetRequiredService<MyCaseCaseSource>().ReadCasesWithProgressAsync(Window, progress))
                {
                    ids.Add(item.Key.SourceId);
                }

                return ids;
            },
            ["1042", "1043", "1044"]);
    }

    // Two calls on a fake clock: the first answer carries the headers, the second request waits what they say (at most
    // the state's cap) and goes. The clock is moved on until it has.
    private static async Task<IReadOnlyCollection<string>> RateLimitedAsync(IReadOnlyDictionary<string, IReadOnlyList<string>> headers)
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 25, 8, 0, 0, TimeSpan.Zero));
        var http = new MockHttpMessageHandler();
        var calls = 0;
        http.When("*").Respond(_ =>
        {
            var response = new HttpResponseMessage(HttpStatusCode.OK)
            {
                Content = new StringContent(
                CaseXchangeAnswer,
                Encoding.UTF8,
                "application/json")
            };
            if (Interlocked.Increment(ref calls) == 1)
            {
                foreach (var (key, values) in headers)
                {
                    Assert.True(response.Headers.TryAddWithoutValidation(key, values), $"{key} could not be set");
                }
            }

            return response;
        });
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(time);
        services.AddCaseXchange(o =>
        {
            o.Environment = CaseXchangeEnvironment.Custom;
            o.BaseAddress = new Uri("https://casexchange.example/api/public/v1/");
            o.ApiKey = "cxp_std_fuzz0key0value";
            o.RetryBaseDelay = TimeSpan.Zero;
            o.MaxRetryAttempts = 0;
        }).ConfigurePrimaryHttpMessageHandler(() => http);
        await using var provider = services.BuildServiceProvider();
        var client = provider.GetRequiredService<CaseXchangeClient>();
        var first = await client.GetSentCaseAsync("CX-PI-00142");
        var second = client.GetSentCaseAsync("CX-PI-00142");
        // Small steps: once the wait is over, the request runs inside the attempt timeout (10 s) on the same clock.
        for (var step = 0; step < 100 && !second.IsCompleted; step++)
        {
            time.Advance(TimeSpan.FromSeconds(2));
            await Task.Delay(1);
        }

        Assert.True(second.IsCompleted, "The second request waited longer than the rate-limit state's cap.");
        return [.. new[] { first.ReferenceNumber!, (await second).ReferenceNumber! }.Distinct()];
    }

    // What a host does with progress: a share of the total, printed.
    private sealed class Progress : IProgress<MyCaseReadProgress>
    {
        public void Report(MyCaseReadProgress value)
        {
            _ = value.ToString();
            _ = value.Total is > 0 and var total ? (value.Read * 100 / total).ToString(CultureInfo.InvariantCulture) : "?";
        }
    }
}
