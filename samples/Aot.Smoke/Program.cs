using Connectors.CasePeer;
using Connectors.CaseXchange;
using Connectors.Core.Model;
using Connectors.Core.Planning;
using Connectors.Core.Scheduling;
using Connectors.Core.Stages;
using Connectors.Core.Windows;
using Connectors.SmartAdvocate;

using Microsoft.Extensions.DependencyInjection;

using NodaTime;

// Native AOT smoke test: the connectors' Refit source-generated clients, System.Text.Json source generation (NodaTime
// converters, nullable ones included) and the planner, in a trimmed native binary, against the standalone sandbox.
// The sandbox itself (ASP.NET Core minimal APIs, reflection JSON) is not AOT-safe and runs as its own JIT process:
//   dotnet run --project src/Connectors.Sandbox -- --port 5080
//   artifacts/aot/Aot.Smoke --sandbox http://127.0.0.1:5080/
// .ci/aot-smoke does both. The keys below are the sandbox's published sandbox-only keys.
var sandbox = new Uri(Option("--sandbox") ?? "http://127.0.0.1:5080/");

var services = new ServiceCollection();
services.AddCasePeer(o =>
{
    o.BaseAddress = new Uri(sandbox, "casepeer/");
    o.ApiKey = "sandbox-casepeer-key";
});
services.AddSmartAdvocate(o =>
{
    o.BaseAddress = new Uri(sandbox, "smartadvocate/");
    o.Username = "sandbox.user";
    o.Password = "sandbox-password";
    o.ClientKey = "0d4852a98cbf4c8csb0cdee1b6f31e95f";
});
services.AddCaseXchange(o =>
{
    o.Environment = CaseXchangeEnvironment.Custom;
    o.BaseAddress = new Uri(sandbox, "casexchange/api/public/v1/");
    o.ApiKey = Option("--casexchange-key") ?? "cxp_std_sandbox0standard0key";
});
await using var provider = services.BuildServiceProvider();

var now = SystemClock.Instance.GetCurrentInstant();
var zone = DateTimeZoneProviders.Tzdb["America/New_York"];
var window = new RollingLookBackWindowPolicy(zone).WindowFor(SyncCheckpoint.None, now);

var casePeer = provider.GetRequiredService<CasePeerCaseSource>();
var casePeerCases = await ReadAllAsync(casePeer.ReadCasesAsync(window));
var plan = SyncPlanner.Plan(new SyncRequest
{
    Tenant = "aot-smoke",
    SourceSystem = casePeer.SourceSystem,
    Now = now,
    Window = window,
    Source = casePeerCases,
    Target = [],
    Stages = new StageCatalog([new PracticeAreaStages(
        "Personal Injury",
        ["Intake", "Treatment", "Treatment Completed", "Demand", "Negotiation", "Litigation", "Settled"])]),
    KnownAttorneys = ["a.reyes@firm.example", "j.okafor@firm.example", "m.chen@firm.example"],
    OperatingHours = OperatingHours.Weekdays(zone, new LocalTime(8, 30), new LocalTime(17, 30)), // sets the nullable NotificationsReleaseAt
});

// The plan's JSON carries Instants and nullable Instants (NotificationsReleaseAt, nodatime.serialization#127's trap):
// a round trip proves the source-generated metadata and converters survive trimming.
var json = SyncPlanJson.Serialize(plan);
var back = SyncPlanJson.Deserialize(json);
Console.WriteLine($"CASEpeer: {casePeerCases.Count} cases; plan {plan.Summary.Creates} creates, {plan.Summary.Skips} skips; JSON round " +
    $"trip {(RoundTrips() ? "ok" : "DIFFERS")} ({json.Length} chars).");

var smartAdvocateCases = await ReadAllAsync(provider.GetRequiredService<SmartAdvocateCaseSource>().ReadCasesAsync(window));
Console.WriteLine($"SmartAdvocate: {smartAdvocateCases.Count} cases.");

var firm = await provider.GetRequiredService<CaseXchangeClient>().CheckKeyAsync();
Console.WriteLine($"Case Xchange: key accepted for firm {firm.Id}.");

// MyCase: read its cases here as above once Connectors.MyCase is merged.

var ok = casePeerCases.Count > 0 && RoundTrips() && smartAdvocateCases.Count > 0 && firm.Id.Length > 0;
Console.WriteLine(ok ? "AOT smoke test passed." : "AOT smoke test FAILED.");
return ok ? 0 : 1;

bool RoundTrips() => back.Operations.Count == plan.Operations.Count && back.Now == plan.Now
    && plan.NotificationsReleaseAt is not null && back.NotificationsReleaseAt == plan.NotificationsReleaseAt
    && SyncPlanJson.Serialize(back) == json;

string? Option(string name) => Array.IndexOf(args, name) is var i and >= 0 && i + 1 < args.Length ? args[i + 1] : null;

static async Task<List<SourceCase>> ReadAllAsync(IAsyncEnumerable<SourceCase> cases)
{
    var list = new List<SourceCase>();
    await foreach (var item in cases)
    {
        list.Add(item);
    }

    return list;
}
