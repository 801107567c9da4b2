using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

using Connectors.Core.Model;
using Connectors.Core.Windows;
using Connectors.Reliability.Tests.Fuzzing;
using Connectors.SmartAdvocate;
using Connectors.SmartAdvocate.Dialer;

using Microsoft.Extensions.DependencyInjection;

using NodaTime;
using NodaTime.Testing;

namespace Connectors.Reliability.Tests.Surfaces;

/// <summary>SmartAdvocate: CaseInfo (per-record), notes, both documents shapes, the sign-in answer, cases to dial, an error body.</summary>
public sealed class SmartAdvocateSurfaces : IFuzzSurfaces
{
    private const string Host = "https://sa.example-firm.com";
    private static readonly Instant Now = Instant.FromUtc(2026, 11, 24, 15, 0);
    private static readonly SyncWindow Window = new(Instant.FromUtc(2000, 1, 1, 0, 0), Now);

    /// <summary>A sign-in answer whose token expires in a day.</summary>
    public static string SignInAnswer { get; } =
        $$"""{"username":"api.user","userID":42,"token":"eyJhbGciOiJIUzI1NiJ9.{{Base64Url(Expiry(Now + Duration.FromDays(1)))}}.c2ln"}""";

    /// <inheritdoc />
    public IEnumerable<FuzzSurface> Create()
    {
        var network = new MockNetwork().Route(IsSignIn, _ => (HttpStatusCode.OK, SignInAnswer));
        var host = new Lazy<ServiceProvider>(() => Provider(network));

        yield return new FuzzSurface("smartadvocate/case-info", [Fixture("casesync/case-info.response.json"), ThreeCases()], async json =>
        {
            network.Payload = json;
            var source = host.Value.GetRequiredService<SmartAdvocateCaseSource>();
            var cases = new List<SourceCase>();
            await foreach (var item in source.ReadCasesAsync(Window))
            {
                cases.Add(item);
            }

            return PlannerProbe.Exercise(cases, source.SourceSystem);
        })
        {
            Records = new RecordLayout(new Regex(@"^\$\[(\d+)\]", RegexOptions.CultureInvariant), json =>
                [
                    .. JsonNode.Parse(json)!
                        .AsArray()
                        .Select(r => r!["caseID"]!.GetValue<long>().ToString(System.Globalization.CultureInfo.InvariantCulture)),
                ]),
        };

        yield return new FuzzSurface("smartadvocate/case-notes", [Fixture("casesync/case-notes.response.json")], async json =>
        {
            network.Payload = json;
            var notes = await host.Value.GetRequiredService<SmartAdvocateCaseSyncClient>().GetCaseNotesAsync(1001);
            return [.. notes.Select(n => n.ToString())];
        });

        yield return new FuzzSurface(
            "smartadvocate/documents",
            [Fixture("casesync/documents-paged.object.json"), Fixture("casesync/documents-paged.array.json")],
            async json =>
        {
            network.Payload = json;
            var documents = new List<string>();
            await foreach (var document in host.Value.GetRequiredService<SmartAdvocateCaseSyncClient>().ReadDocumentsAsync(Window))
            {
                documents.Add(document.ToString());
                if (documents.Count > 50)
                {
                    break; // a mutated page count would page for ever over the same answer; the point is the reading
                }
            }

            return documents;
        });

        yield return new FuzzSurface("smartadvocate/sign-in", [SignInAnswer, Fixture("casesync/authenticate.response.json")], async json =>
        {
            // A fresh host each time: the token is cached once read.
            var signIn = new MockNetwork { Payload = Fixture("casesync/case-notes.response.json") }.Route(
                IsSignIn,
                _ => (HttpStatusCode.OK, json));
            await using var provider = Provider(signIn);
            var notes = await provider.GetRequiredService<SmartAdvocateCaseSyncClient>().GetCaseNotesAsync(1001);
            return [.. notes.Select(n => n.ToString())];
        });

        yield return new FuzzSurface(
            "smartadvocate/cases-to-dial",
            [Fixture("dialer/get-cases-to-dial.response.json"), $"[{Fixture("dialer/case-record.do-not-dial.json")}]"],
            async json =>
        {
            network.Payload = json;
            var cases = await host.Value.GetRequiredService<SmartAdvocateDialerClient>()
                .GetCasesToDialAsync(new DialerQuery { Campaign = "Intake follow-up", Records = 10 });
            var plan = DialerPlanner.Plan(new DialerPlanRequest
            {
                Now = Now,
                Cases = cases,
                Outcomes = [.. cases.Select(c => new CallOutcome(c.CaseId, "Busy"))],
                Zones = new CallZoneResolver(DateTimeZoneProviders.Tzdb["America/New_York"]),
            });
            _ = plan.ToString();
            return [.. cases.Select(c => c.ToString())];
        });

        yield return new FuzzSurface(
            "smartadvocate/error-body",
            ["""{"message":"Case not found","title":"Not Found"}""", """{"Message":"An error has occurred."}"""],
            async json =>
        {
            var errors = new MockNetwork
            {
                Payload = json,
                Status = HttpStatusCode.BadRequest,
            }.Route(IsSignIn, _ => (HttpStatusCode.OK, SignInAnswer));
            await using var provider = Provider(errors);
            await provider.GetRequiredService<SmartAdvocateCaseSyncClient>().GetCaseNotesAsync(1001);
            return [];
        });
    }

    private static bool IsSignIn(HttpRequestMessage request) =>
        request.RequestUri!.AbsolutePath.EndsWith("/Users/authenticate", StringComparison.OrdinalIgnoreCase);

    /// <summary>The client through the real DI pipeline, MockHttp as the network, retries without delay.</summary>
    public static ServiceProvider Provider(MockNetwork network)
    {
        var services = new ServiceCollection();
        services.AddSingleton<IClock>(new FakeClock(Now));
        var builders = services.AddSmartAdvocate(o =>
        {
            o.BaseAddress = new Uri(Host);
            o.Username = "api.user";
            o.Password = "p4ssw0rd";
            o.ClientKey = "0d4852a98cbf4c8csb0cdee1b6f31e95f";
            o.RetryBaseDelay = TimeSpan.Zero;
            o.MaxRetryAttempts = 0;
            o.DefaultAttorneyEmail = "lead.attorney@sandbox-firm.example";
            o.StageSubStatusTypes = ["Treatment Status"];
        });
        builders.ConfigurePrimaryHttpMessageHandler(() => network.Handler);
        builders.SmartAdvocateDialer().ConfigurePrimaryHttpMessageHandler(() => network.Handler);
        builders.SmartAdvocateSignIn().ConfigurePrimaryHttpMessageHandler(() => network.Handler);
        return services.BuildServiceProvider();
    }

    private static string ThreeCases()
    {
        var cases = JsonNode.Parse(Fixture("casesync/case-info.response.json"))!.AsArray();
        var third = JsonNode.Parse(cases[0]!.ToJsonString())!;
        third["caseID"] = 1003;
        third["caseNumber"] = "9000004";
        cases.Add(third);
        return cases.ToJsonString();
    }

    private static string Fixture(string path) =>
        File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "fixtures", "smartadvocate", path));

    // A JWT payload that expires at the given instant.
    private static string Expiry(Instant at) => $"{{\"exp\":{at.ToUnixTimeSeconds()}}}";

    private static string Base64Url(string text) =>
        Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes(text)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
