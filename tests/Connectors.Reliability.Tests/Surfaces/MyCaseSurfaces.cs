using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

using Connectors.Core.Model;
using Connectors.Core.Windows;
using Connectors.MyCase;
using Connectors.MyCase.Authentication;
using Connectors.MyCase.Webhooks;
using Connectors.MyCase.Writes;
using Connectors.Reliability.Tests.Fuzzing;

using Microsoft.Extensions.DependencyInjection;

using NodaTime;
using NodaTime.Testing;

namespace Connectors.Reliability.Tests.Surfaces;

/// <summary>
/// MyCase: the cases page (end to end through the client pipeline: staff, cases, client look-ups), one case, one client,
/// staff, case stages, practice areas, a case's documents, the document create answer (put_url, put_headers), the OAuth
/// token answer (code exchange and refresh), the error bodies, webhook subscriptions, and webhook deliveries (mutated
/// bodies, correctly signed or not, and mutated signatures).
/// </summary>
public sealed class MyCaseSurfaces : IFuzzSurfaces
{
    /// <summary>The hmac_key the webhook surfaces sign with.</summary>
    public const string HmacKey = "mycase-fuzz-hmac-key-5b0e";

    private static readonly Uri Base = new("https://mycase.example/");
    private static readonly Uri Auth = new("https://auth.mycase.example/");
    private static readonly Instant Now = Instant.FromUtc(2026, 11, 25, 2, 0);
    private static readonly SyncWindow Window = new(Instant.FromUtc(2000, 1, 1, 0, 0), Now);

    /// <inheritdoc />
    public IEnumerable<FuzzSurface> Create()
    {
        var threeCases = Array(
        [
            Case(1042, "Intake", 51042),
            Case(1043, "Released From Treatment", 51043, idOnlyClient: true),
            Case(1044, "Settled", 51044, closed: true),
        ]);
        var network = Network();
        var host = new Lazy<ServiceProvider>(() => Host(network));

        yield return new FuzzSurface("mycase/cases-page", [threeCases, Array([Case(2001, "Intake", 52001)])], async json =>
        {
            network.Payload = json;
            var cases = new List<SourceCase>();
            await foreach (var item in host.Value.GetRequiredService<MyCaseCaseSource>().ReadCasesAsync(Window))
            {
                cases.Add(item);
            }

            return PlannerProbe.Exercise(cases, "mycase");
        })
        {
            Records = new RecordLayout(new Regex(@"^\$\[(\d+)\]", RegexOptions.CultureInvariant), Ids),
        };

        yield return new FuzzSurface(
            "mycase/case",
            [Case(1042, "Intake", 51042), Case(1043, "Treatment", 51043, idOnlyClient: true)],
            async json =>
        {
            network.Payload = json;
            var item = await host.Value.GetRequiredService<MyCaseCaseSource>().ReadCaseAsync("1042");
            return item is null ? [] : PlannerProbe.Exercise([item], "mycase");
        });

        // A client is read on its own when a case carries its id only.
        var clientNetwork = Network(clients: false)
            .Route(
                r => Path(r).StartsWith("/v1/cases/", StringComparison.Ordinal),
                _ => (HttpStatusCode.OK, Case(1043, "Treatment", 51043, idOnlyClient: true)));
        var clientHost = new Lazy<ServiceProvider>(() => Host(clientNetwork));
        yield return new FuzzSurface("mycase/client", [Client(51043)], async json =>
        {
            clientNetwork.Payload = json;
            var item = await clientHost.Value.GetRequiredService<MyCaseCaseSource>().ReadCaseAsync("1043");
            return item is null ? [] : PlannerProbe.Exercise([item], "mycase");
        });

        var staffNetwork = Network(staff: false);
        var staffHost = new Lazy<ServiceProvider>(() => Host(staffNetwork));
        yield return new FuzzSurface(
            "mycase/staff",
            [Array([Staff(3, "a.reyes@firm.example", true), Staff(4, "lead.attorney@sandbox-firm.example", false)])],
            async json =>
        {
            staffNetwork.Payload = json;
            var seen = new List<string>();
            await foreach (var member in staffHost.Value.GetRequiredService<MyCaseFirmCatalog>().ReadStaffAsync())
            {
                seen.Add(member.ToString());
            }

            return seen;
        });

        var named = Array(
        [
            """{"id": 1, "name": "Intake", "created_at": "2026-01-05T10:00:00Z", "updated_at": "2026-01-05T10:00:00Z"}""",
            """{"id": 2, "name": "Released From Treatment", "created_at": "2026-01-05T10:00:00Z", "updated_at": "2026-02-05T10:00:00Z"}""",
        ]);
        yield return new FuzzSurface("mycase/case-stages", [named], async json =>
        {
            network.Payload = json;
            var seen = new List<string>();
            var names = new List<string>();
            await foreach (var stage in host.Value.GetRequiredService<MyCaseFirmCatalog>().ReadCaseStagesAsync())
            {
                seen.Add(stage.ToString());
                names.Add(stage.Name!);
            }

            _ = MyCaseStages.FindUnmatched(
                names,
                MyCaseStages.Catalog([new Core.Stages.PracticeAreaStages("Personal Injury", ["Intake", "Settled"])]));
            return seen;
        });

        yield return new FuzzSurface(
            "mycase/practice-areas",
            [named.Replace("Intake", "Personal Injury", StringComparison.Ordinal)],
            async json =>
        {
            network.Payload = json;
            var seen = new List<string>();
            await foreach (var area in host.Value.GetRequiredService<MyCaseFirmCatalog>().ReadPracticeAreasAsync())
            {
                seen.Add(area.ToString());
            }

            return seen;
        });

        var marked = Document(7001, MyCaseDocumentMarker.For("doc-1"));
        yield return new FuzzSurface("mycase/documents", [Array([Document(7000, "Intake form"), marked])], async json =>
        {
            network.Payload = json;
            var found = await host.Value.GetRequiredService<MyCaseDocumentWriter>().FindAsync(1042, "doc-1");
            return found is null ? [] : [found.ToString()];
        });

        // The create answer: the case has no document yet, the POST answers with the payload, the PUT goes to its put_url.
        var created = JsonNode.Parse(Document(7002, MyCaseDocumentMarker.For("doc-2")))!.AsObject();
        created["put_url"] =
            "https://s3.mycase.example/uploads/7002?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Expires=900&X-Amz-Signature=0f3e9b7a";
        created["put_headers"] = new JsonObject { ["x-amz-acl"] = "private", ["x-amz-server-side-encryption"] = "AES256" };
        var uploadNetwork = Network()
            .Route(
                r => r.Method == HttpMethod.Get && Path(r).EndsWith("/documents", StringComparison.Ordinal),
                _ => (HttpStatusCode.OK, "[]"))
            .Route(r => r.Method == HttpMethod.Put, _ => (HttpStatusCode.OK, string.Empty));
        var uploadHost = new Lazy<ServiceProvider>(() => Host(uploadNetwork));
        yield return new FuzzSurface("mycase/document-create", [created.ToJsonString()], async json =>
        {
            uploadNetwork.Payload = json;
            var document = new PlatformDocument("doc-2", "demand-letter.pdf", "%PDF"u8.ToArray(), "Demand letter");
            var upload = await uploadHost.Value.GetRequiredService<MyCaseDocumentWriter>()
                .WriteDocumentAsync(new CaseKey("mycase", "1042"), document);
            return [upload.ToString()];
        });

        var token = """{"access_token": "at-fuzz-0a1b2c", "token_type": "Bearer", "scope": "cases clients documents",""" +
            """ "refresh_token": "rt-fuzz-3d4e5f", "expires_in": 86400, "firm_uuid": "6f1c2a8e-5b7d-4c3e-9a10-000000000001"}""";
        var tokenNetwork = new MockNetwork();
        var tokenHost = new Lazy<ServiceProvider>(() => Host(tokenNetwork));
        yield return new FuzzSurface("mycase/oauth-token", [token], async json =>
        {
            tokenNetwork.Payload = json;
            var connection = await tokenHost.Value.GetRequiredService<MyCaseOAuthClient>().ExchangeCodeAsync("code-fuzz-9z8y");
            return [connection.ToString()];
        });

        // The refresh answer, read by the bearer handler inside the API pipeline before a request goes out.
        yield return new FuzzSurface("mycase/oauth-refresh", [token], async json =>
        {
            var refreshNetwork = Network()
                .Route(r => Path(r).EndsWith("/tokens", StringComparison.Ordinal), _ => (HttpStatusCode.OK, json));
            refreshNetwork.Payload = Case(1042, "Intake", 51042);
            await using var provider = Host(refreshNetwork, expired: true);
            var item = await provider.GetRequiredService<MyCaseCaseSource>().ReadCaseAsync("1042");
            return item is null ? [] : [item.Key.SourceId];
        });

        yield return new FuzzSurface(
            "mycase/oauth-error-body",
            [
                """{"error": "invalid_grant", "error_description": "The provided authorization grant is invalid, expired or revoked."}""",
                """{"error": "invalid_client"}""",
            ],
            async json =>
        {
            var errors = new MockNetwork { Payload = json, Status = HttpStatusCode.BadRequest };
            await using var provider = Host(errors);
            await provider.GetRequiredService<MyCaseOAuthClient>().ExchangeCodeAsync("code-fuzz-9z8y");
            return [];
        });

        yield return new FuzzSurface(
            "mycase/error-body",
            [
                """{"errors": [{"description": "Page size must be at most 1000", "source": {"parameter": "page_size"}},""" +
                """ {"description": "Name is invalid", "source": {"pointer": "/data/name"}}]}""",
                """{"errors": []}""",
            ],
            async json =>
        {
            var errors = new MockNetwork { Payload = json, Status = HttpStatusCode.UnprocessableEntity };
            await using var provider = Host(errors);
            await provider.GetRequiredService<MyCaseCaseSource>().ReadCaseAsync("1042");
            return [];
        });

        var subscriptions = Array([Subscription("sub-1", "case"), Subscription("sub-2", "client")]);
        yield return new FuzzSurface("mycase/webhook-subscriptions", [subscriptions], async json =>
        {
            network.Payload = json;
            var kept = await host.Value.GetRequiredService<MyCaseWebhooks>()
                .SubscribeAsync(new Uri("https://platform.example/hooks/mycase"));
            return [.. kept.Select(s => s.ToString())];
        });

        // A delivery signed over the mutated body: the receiver reads it and the hint is resolved (re-read) through the API.
        var deliveries = new[]
        {
            """{"resource": "case", "action": "updated", "resource_body": {"id": 1042, "name": "Brooks v. Insurer"}}""",
            """{"resource": "client", "action": "updated", "resource_body": {"id": 51042, "first_name": "Femi"}}""",
            """{"model": "case", "action": "deleted", "id": "1043"}""",
        };
        var webhookNetwork = Network()
            .Route(
                r => Path(r).EndsWith("/cases", StringComparison.Ordinal) && Path(r).StartsWith("/v1/clients/", StringComparison.Ordinal),
                _ => (HttpStatusCode.OK, Array([Case(1042, "Intake", 51042)])));
        webhookNetwork.Payload = Case(1042, "Intake", 51042);
        var webhookHost = new Lazy<ServiceProvider>(() => Host(webhookNetwork));
        yield return new FuzzSurface("mycase/webhook-delivery", deliveries, async json =>
        {
            var body = Encoding.UTF8.GetBytes(json);
            var webhooks = webhookHost.Value.GetRequiredService<MyCaseWebhooks>();
            var hint = webhooks.ReadDelivery(body, "sha256=" + MyCaseWebhookSignature.Compute(body, HmacKey), HmacKey, "case");
            var cases = await webhooks.ResolveAsync(hint);
            return PlannerProbe.Exercise(cases, "mycase");
        });

        // A delivery with a mutated body under the seed's signature, or a mutated signature: refused unless both still match.
        var envelopes = deliveries.Select(d => new JsonObject
        {
            ["signature"] = "sha256=" + MyCaseWebhookSignature.Compute(Encoding.UTF8.GetBytes(d), HmacKey),
            ["body"] = d,
        }.ToJsonString()).ToList();
        var seedSignature = "sha256=" + MyCaseWebhookSignature.Compute(Encoding.UTF8.GetBytes(deliveries[0]), HmacKey);
        yield return new FuzzSurface("mycase/webhook-signature", envelopes, json =>
        {
            var (body, signature) = Envelope(json) ?? (json, seedSignature);
            var hint = webhookHost.Value.GetRequiredService<MyCaseWebhooks>()
                .ReadDelivery(Encoding.UTF8.GetBytes(body), signature, HmacKey);
            return Task.FromResult<IReadOnlyCollection<string>>([hint.ToString()]);
        });
    }

    /// <summary>
    /// The MyCase client through the real DI pipeline, MockHttp as the network of every client (API, authorization
    /// server, presigned uploads), a valid access token in the store (or an expired one, to go through a refresh),
    /// retries without delay.
    /// </summary>
    public static ServiceProvider Host(MockNetwork network, bool expired = false)
    {
        ArgumentNullException.ThrowIfNull(network);
        var services = new ServiceCollection();
        var clock = new FakeClock(Now);
        services.AddSingleton<IClock>(clock);
        services.AddSingleton<IMyCaseTokenStore>(new InMemoryMyCaseTokenStore(new MyCaseTokens(
            "at-fuzz-current",
            "rt-fuzz-current",
            expired ? Now - Duration.FromMinutes(1) : Now + Duration.FromHours(20),
            Now + Duration.FromDays(10),
            "firm-fuzz",
            "cases")));
        services.AddHttpClient("Connectors.MyCase.Authentication").ConfigurePrimaryHttpMessageHandler(() => network.Handler);
        services.AddHttpClient("Connectors.MyCase.Upload").ConfigurePrimaryHttpMessageHandler(() => network.Handler);
        services.AddMyCase(o =>
        {
            o.BaseAddress = Base;
            o.AuthorizationServer = Auth;
            o.ClientId = "mycase-fuzz-client";
            o.ClientSecret = "mycase-fuzz-secret";
            o.RedirectUri = new Uri("https://platform.example/mycase/callback");
            o.RetryBaseDelay = TimeSpan.Zero;
            o.MaxRetryAttempts = 0;
            o.UploadAttempts = 1;
            o.RequestsPerSecond = 10_000; // the pacing is not under test here: at MyCase's 25 a second, each surface waited ~30 s
        }).ConfigurePrimaryHttpMessageHandler(() => network.Handler);
        return services.BuildServiceProvider();
    }

    /// <summary>A case as MyCase sends it with <c>field[client]</c>.</summary>
    public static string Case(long id, string stage, long clientId, bool idOnlyClient = false, bool closed = false)
    {
        var client = idOnlyClient
            ? $$"""{"id": {{clientId}}}"""
            : $$"""{"id": {{clientId}}, "first_name": "Femi", "middle_name": "", "last_name": "Brooks",""" +
                $$""" "email": "client{{clientId}}@mail.example", "cell_phone_number": "402-320-5759"}""";
        return $$"""
            {"id": {{id}}, "name": "Brooks v. Insurer {{id}}", "case_number": "PI-{{id}}", "description": "",
             "opened_date": "2026-01-05", "closed_date": {{(closed ? "\"2026-11-01\"" : "null")}}, "sol_date": null,
             "practice_area": "Personal Injury", "case_stage": "{{stage}}", "status": "{{(closed ? "closed" : "open")}}",
             "outstanding_balance": 0, "billing_contact": {"id": {{clientId}}}, "billing_type": "contingency",
             "clients": [{{client}}], "companies": [],
             "staff": [{"id": 3, "lead_lawyer": true, "originating_lawyer": true, "case_rate": null},
                       {"id": 5, "lead_lawyer": false, "originating_lawyer": false, "case_rate": null}],
             "custom_field_values": [], "office": {"id": 1, "name": "Main Office"},
             "created_at": "2026-01-05T10:00:00Z", "updated_at": "2026-11-20T15:30:00Z"}
            """;
    }

    // Fixed answers for the reads around the payload under test; a surface that fuzzes staff or a client leaves its own out.
    private static MockNetwork Network(bool staff = true, bool clients = true)
    {
        var network = new MockNetwork();
        if (staff)
        {
            network.Route(r => Path(r) == "/v1/staff", _ => (HttpStatusCode.OK, Array([Staff(3, "a.reyes@firm.example", true)])))
                .Route(
                    r => Path(r).StartsWith("/v1/staff/", StringComparison.Ordinal),
                    _ => (HttpStatusCode.OK, Staff(3, "a.reyes@firm.example", true)));
        }

        if (clients)
        {
            network.Route(
                r => Path(r).StartsWith("/v1/clients/", StringComparison.Ordinal) && !Path(r).EndsWith("/cases", StringComparison.Ordinal),
                _ => (HttpStatusCode.OK, Client(51043)));
        }

        return network;
    }

    private static string Path(HttpRequestMessage request) => request.RequestUri!.AbsolutePath;

    private static string Client(long id) =>
        $$"""{"id": {{id}}, "email": "client{{id}}@mail.example", "first_name": "Amara", "middle_name": "", "last_name": "Okafor",""" +
        """ "cell_phone_number": "(402) 555-0142", "work_phone_number": "", "home_phone_number": "", "archived": false,""" +
        """ "updated_at": "2026-11-20T15:30:00Z"}""";

    private static string Staff(long id, string email, bool active) =>
        $$"""{"id": {{id}}, "email": "{{email}}", "first_name": "Ana", "last_name": "Reyes", "type": "Attorney", "title": "Partner",""" +
        $$""" "active": {{(active ? "true" : "false")}}}""";

    private static string Document(long id, string description) =>
        $$"""{"id": {{id}}, "name": "demand-letter.pdf", "filename": "demand-letter.pdf", "path": "Case Status/demand-letter.pdf",""" +
        $$""" "description": "{{description}}", "assigned_date": "2026-11-20", "case": {"id": 1042}, "folder": {"id": 9},""" +
        $$""" "self_url": "/v1/documents/{{id}}", "created_at": "2026-11-20T15:30:00Z", "updated_at": "2026-11-20T15:30:00Z"}""";

    private static string Subscription(string id, string model) =>
        $$"""{"id": "{{id}}", "model": "{{model}}", "url": "https://platform.example/hooks/mycase", "actions": ["created", "updated",""" +
        $$""" "deleted"], "hmac_key": "{{HmacKey}}"}""";

    private static string Array(IReadOnlyList<string> records) => $"[{string.Join(",", records)}]";

    private static IReadOnlyList<string> Ids(string page) =>
        [.. JsonNode.Parse(page)!.AsArray().Select(r => r!["id"]!.GetValue<long>().ToString(CultureInfo.InvariantCulture))];

    // The harness's own envelope: a signature and a body (when a mutation changed the body's type, the body is its JSON
    // text). Null when a mutation broke the envelope itself.
    private static (string Body, string? Signature)? Envelope(string json)
    {
        try
        {
            if (JsonNode.Parse(json) is JsonObject envelope && envelope.ContainsKey("body"))
            {
                var body = envelope["body"] is JsonValue value && value.TryGetValue<string>(out var text)
                    ? text
                    : envelope["body"]?.ToJsonString() ?? "null";
                var signature = envelope["signature"] is JsonValue s && s.TryGetValue<string>(out var sig)
                    ? sig
                    : envelope["signature"]?.ToJsonString();
                return (body, signature);
            }
        }
        catch (Exception ex) when (ex is System.Text.Json.JsonException or InvalidOperationException or ArgumentException)
        {
        }

        return null;
    }
}
