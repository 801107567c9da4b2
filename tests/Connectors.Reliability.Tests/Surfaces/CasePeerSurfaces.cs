using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

using Connectors.CasePeer;
using Connectors.CasePeer.Messages;
using Connectors.CasePeer.Push;
using Connectors.CasePeer.Writes;
using Connectors.Core.Model;
using Connectors.Core.Windows;
using Connectors.Reliability.Tests.Fuzzing;

using Microsoft.Extensions.DependencyInjection;

using NodaTime;
using NodaTime.Testing;

namespace Connectors.Reliability.Tests.Surfaces;

/// <summary>
/// CASEpeer: the cases page (end to end through the client pipeline), one case, notes, documents, an error body, the push and the inbound
/// message.
/// </summary>
public sealed class CasePeerSurfaces : IFuzzSurfaces
{
    private static readonly Uri Base = new("https://casepeer.example/");
    private static readonly SyncWindow Window = new(Instant.FromUtc(2000, 1, 1, 0, 0), Instant.FromUtc(2026, 11, 25, 2, 0));

    /// <inheritdoc />
    public IEnumerable<FuzzSurface> Create()
    {
        var fixtureCase = JsonNode.Parse(Fixture("cases-page.json"))!["results"]![0]!.ToJsonString();
        var threeCases = Page(
        [
            Case(fixtureCase, 1042, "Intake"),
            Case(fixtureCase, 1043, "Released From Treatment"),
            Case(fixtureCase, 1044, "Settled"),
        ]);
        var network = new MockNetwork()
            .Route(r => r.RequestUri!.Query.Contains("page=2", StringComparison.Ordinal), _ => (HttpStatusCode.OK, Page([])));
        var host = new Lazy<ServiceProvider>(() => Host(network));

        yield return new FuzzSurface("casepeer/cases-page", [threeCases, Fixture("cases-page.json")], async json =>
        {
            network.Payload = json;
            var cases = new List<SourceCase>();
            await foreach (var item in host.Value.GetRequiredService<CasePeerCaseSource>().ReadCasesAsync(Window))
            {
                cases.Add(item);
            }

            return PlannerProbe.Exercise(cases, "casepeer");
        })
        {
            Records = new RecordLayout(new Regex(@"^\$\.results\[(\d+)\]", RegexOptions.CultureInvariant), Ids),
        };

        yield return new FuzzSurface("casepeer/case", [fixtureCase], async json =>
        {
            network.Payload = json;
            var item = await host.Value.GetRequiredService<CasePeerCaseSource>().ReadCaseAsync("1042");
            return item is null ? [] : PlannerProbe.Exercise([item], "casepeer");
        });

        yield return new FuzzSurface(
            "casepeer/notes",
            [
                Page(
                [
                    Fixture("note.json"),
                    Fixture("note.json")
                        .Replace("Received message from Case Status: Message from Case Status: ", "", StringComparison.Ordinal),
                ]),
            ],
            async json =>
        {
            network.Payload = json;
            var notes = await host.Value.GetRequiredService<CasePeerMessages>().ReadNotesFromCasePeerAsync("1042");
            return [.. notes.Select(n => n.ToString())];
        });

        var document = """{"id": 7001, "case_id": 1042, "file_name": "demand-letter.pdf", "external_id": "doc-1", "sha256": "ab12",""" +
            """ "size": 1024, "created_at": "2026-11-20T15:30:00+00:00"}""";
        yield return new FuzzSurface("casepeer/documents", [Page([document])], async json =>
        {
            network.Payload = json;
            var written = await host.Value.GetRequiredService<CasePeerDocumentWriter>()
                .WriteDocumentAsync(
                    new CaseKey("casepeer", "1042"),
                    new PlatformDocument("doc-1", "demand-letter.pdf", "%PDF"u8.ToArray()));
            return [written.ToString()];
        });

        yield return new FuzzSurface("casepeer/error-body", [Fixture("error.json"), """{"detail": null}"""], async json =>
        {
            var errors = new MockNetwork { Payload = json, Status = HttpStatusCode.BadRequest };
            await using var provider = Host(errors);
            await provider.GetRequiredService<CasePeerCaseSource>().ReadCaseAsync("1042");
            return [];
        });

        var receiver = new CasePeerPushReceiver(
            "platform-key-for-casepeer",
            ["a.reyes@firm.example"],
            new FakeClock(Instant.FromUtc(2026, 11, 25, 2, 0)));
        var pushed = """{"case_id": 1042, "case_name": "Brooks v. Insurer", "case_type": "Personal Injury", "status": "Intake",""" +
            """ "attorney_email": "a.reyes@firm.example", "client_first_name": "Femi", "client_last_name": "Brooks",""" +
            """ "client_cell_phone": "402-320-5759", "client_email": "client1042@mail.example"}""";
        yield return new FuzzSurface("casepeer/push", [pushed], json =>
        {
            var result = receiver.Receive("platform-key-for-casepeer", json);
            _ = result.ToString();
            return Task.FromResult<IReadOnlyCollection<string>>(result.Case is { } c ? PlannerProbe.Exercise([c], "casepeer") : []);
        });

        var message = """{"id": 77, "case_id": 1042, "message": "Can you call me about the settlement?",""" +
            """ "sender_email": "a.reyes@firm.example"}""";
        yield return new FuzzSurface("casepeer/inbound-message", [message], json =>
        {
            var parsed = host.Value.GetRequiredService<CasePeerMessages>().ParseFromCasePeer(json);
            return Task.FromResult<IReadOnlyCollection<string>>(parsed is null ? [] : [parsed.ToString()]);
        });
    }

    /// <summary>The CASEpeer client through the real DI pipeline, MockHttp as the network, retries without delay.</summary>
    public static ServiceProvider Host(MockNetwork network)
    {
        ArgumentNullException.ThrowIfNull(network);
        var services = new ServiceCollection();
        services.AddCasePeer(o =>
        {
            o.BaseAddress = Base;
            o.ApiKey = "casepeer-fuzz-key";
            o.RetryBaseDelay = TimeSpan.Zero;
            o.MaxRetryAttempts = 0;
            o.WriteAttempts = 1;
        }).ConfigurePrimaryHttpMessageHandler(() => network.Handler);
        return services.BuildServiceProvider();
    }

    private static string Fixture(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "fixtures", "casepeer", name));

    private static string Case(string template, long id, string status)
    {
        var node = JsonNode.Parse(template)!;
        node["id"] = id;
        node["status"] = status;
        node["client"]!["id"] = 50_000 + id;
        return node.ToJsonString();
    }

    private static string Page(IReadOnlyList<string> records) =>
        $$"""{"count": {{records.Count}}, "next": null, "previous": null, "results": [{{string.Join(",", records)}}]}""";

    private static IReadOnlyList<string> Ids(string page) =>
        [
            .. JsonNode.Parse(page)!["results"]!.AsArray()
                .Select(r => r!["id"]!.GetValue<long>().ToString(System.Globalization.CultureInfo.InvariantCulture)),
        ];
}
