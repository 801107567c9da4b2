using Connectors.Core.Planning;
using Connectors.Core.Windows;
using NodaTime;
using NodaTime.Text;
using Planner.Sample;

// Plans a nightly sync for a made-up firm, entirely in memory: no vendor, no network.
//   dotnet run --project samples/Planner.Sample [-- --json] [--now 2026-11-25T02:00:00Z]
var json = args.Contains("--json");
var now = Option(args, "--now") is { } text ? InstantPattern.ExtendedIso.Parse(text).GetValueOrThrow() : Instant.FromUtc(2026, 11, 25, 2, 0); // 21:00 US Eastern, the CASEpeer nightly

var data = DemoData.Build(now);
var checkpoint = SyncCheckpoint.None.Applied(now - Duration.FromDays(1)); // last night's sync was applied
var request = new SyncRequest
{
    Tenant = "demo-firm",
    SourceSystem = DemoData.SourceSystem,
    Now = now,
    Window = new RollingLookBackWindowPolicy(DemoFirm.Zone).WindowFor(checkpoint, now),
    Source = data.Source,
    SourceIsComplete = true,
    Target = data.Target,
    Stages = DemoFirm.Catalog,
    StageMap = DemoFirm.Overrides,
    KnownAttorneys = DemoFirm.Attorneys,
    OperatingHours = DemoFirm.Hours,
};

var plan = SyncPlanner.Plan(request);
if (json)
{
    Console.WriteLine(SyncPlanJson.Serialize(plan));
}
else
{
    PlanPrinter.Print(plan, DemoFirm.Zone);
}

static string? Option(string[] args, string name) =>
    Array.IndexOf(args, name) is var i and >= 0 && i + 1 < args.Length ? args[i + 1] : null;
