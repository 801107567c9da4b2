using Connectors.Core.Planning;
using Connectors.Core.Windows;
using Connectors.Samples;

using NodaTime;

using Planner.Sample;

// Plans a nightly sync for a made-up firm, entirely in memory: no vendor, no network, the same plan on every run.
//   dotnet run --project samples/Planner.Sample [-- --json] [--now 2026-11-25T02:00:00Z]
// 21:00 in New York by default: the nightly run, after hours.
if (SampleArgs.Now(args, Instant.FromUtc(2026, 11, 25, 2, 0)) is not { } now)
{
    return 2;
}

var data = DemoData.Build(now);
var checkpoint = SyncCheckpoint.None.Applied(now - Duration.FromDays(1)); // a first sync is done: a 12-month window
var plan = SyncPlanner.Plan(new SyncRequest
{
    Tenant = "demo-firm",
    SourceSystem = DemoData.SourceSystem,
    Now = now,
    Window = new RollingLookBackWindowPolicy(DemoFirm.Zone).WindowFor(checkpoint, now),
    Source = data.Source,
    // No SourceRead: this snapshot is a 12-month window, never a complete read, so absent platform cases stay open.
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
