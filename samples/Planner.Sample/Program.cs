using Connectors.Core.Planning;
using Connectors.Core.Windows;

using NodaTime;
using NodaTime.Text;

using Planner.Sample;

// Plans a nightly sync for a made-up firm, entirely in memory: no vendor, no network, the same plan on every run.
//   dotnet run --project samples/Planner.Sample [-- --json] [--now 2026-11-25T02:00:00Z]
var nowText = Option(args, "--now") ?? "2026-11-25T02:00:00Z"; // 21:00 in New York: the nightly run, after hours
var parsed = InstantPattern.ExtendedIso.Parse(nowText);
if (!parsed.Success)
{
    Console.Error.WriteLine($"--now takes an ISO instant such as 2026-11-25T02:00:00Z, not '{nowText}'.");
    return 2;
}

var now = parsed.Value;
var data = DemoData.Build(now);
var checkpoint = SyncCheckpoint.None.Applied(now - Duration.FromDays(1)); // a first sync is done: a 12-month window
var plan = SyncPlanner.Plan(new SyncRequest
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
});

if (args.Contains("--json"))
{
    Console.WriteLine(SyncPlanJson.Serialize(plan));
}
else
{
    PlanPrinter.Print(plan, DemoFirm.Zone);
}

return 0;

static string? Option(string[] args, string name) =>
    Array.IndexOf(args, name) is var i and >= 0 && i + 1 < args.Length ? args[i + 1] : null;