using CasePeer.Sample;

using Connectors.CasePeer;
using Connectors.Core.Model;
using Connectors.Core.Planning;
using Connectors.Core.Windows;
using Connectors.Core.Writes;
using Connectors.Samples;
using Connectors.Sandbox;
using Connectors.Sandbox.CasePeer;

using Microsoft.Extensions.DependencyInjection;

using NodaTime;

// The CASEpeer nightly sync, end to end over HTTP. With no options it starts the sandbox in-process:
//   dotnet run --project samples/CasePeer.Sample [-- --json] [--now 2026-11-25T02:00:00Z] [--data cases.json] [--platform-dir DIR]
//   dotnet run --project samples/CasePeer.Sample -- --base-url https://... --api-key KEY   (a real tenant)
// The manual "Sync with CASEpeer" button (updates cases synced before, creates none), for every case or one:
//   dotnet run --project samples/CasePeer.Sample -- --manual [CASE_ID]
// A plan that needs a person's confirmation (too many stage changes or closes at once) is held and not applied;
// --confirm applies it. --mass-change-share 0.01 lowers the share that needs confirmation, to see it held.
if (SampleArgs.Now(args, Instant.FromUtc(2026, 11, 25, 2, 0)) is not { } now)
{
    return 2;
}

var json = SampleArgs.Flag(args, "--json");
var confirm = SampleArgs.Flag(args, "--confirm");
var manual = ManualSync.Requested(args, out var manualCaseId);
var policy = SyncPolicy.Default;
if (SampleArgs.Option(args, "--mass-change-share") is { } share)
{
    if (!double.TryParse(share, System.Globalization.CultureInfo.InvariantCulture, out var value) || value is < 0 or > 1)
    {
        Console.Error.WriteLine($"--mass-change-share takes a share between 0 and 1 such as 0.05, not '{share}'.");
        return 2;
    }

    policy = policy with { MassChangeShare = value };
}

// The platform stand-in (cases and checkpoint) lives next to the sample unless --platform-dir says where.
var store = new TargetStore(SampleArgs.Option(args, "--platform-dir") ?? Path.Combine(AppContext.BaseDirectory, "casepeer-sample-data"));
var realBaseUrl = SampleArgs.Option(args, "--base-url");
CasePeerSandbox? sandboxVendor = null;
SandboxServer? sandbox = null;
if (realBaseUrl is null)
{
    sandboxVendor = new CasePeerSandbox(new CasePeerSandboxOptions { DataFile = SampleArgs.Option(args, "--data") });
    sandbox = await SandboxServer.StartAsync(new SandboxOptions { Vendors = [sandboxVendor], Clock = new NodaTime.Testing.FakeClock(now) });

    // Each run is a new day in the firm: statuses move on and some cases close, so a second run updates and closes.
    if (store.Runs > 0)
    {
        sandboxVendor.SimulateActivity(store.Runs, now - Duration.FromHours(2));
    }
}

await using var _ = sandbox;
var services = new ServiceCollection();
// In code here; a host with appsettings.json binds a section instead: services.AddCasePeer(configSectionPath: "CasePeer").
// Many firms in one host: services.AddKeyedCasePeer(firmKey, ...) per firm, resolved with GetRequiredKeyedService.
services.AddCasePeer(o =>
{
    o.BaseAddress = realBaseUrl is null ? sandbox!.BaseAddressOf(sandboxVendor!.PathPrefix) : new Uri(realBaseUrl);
    o.ApiKey = SampleArgs.Option(args, "--api-key") ?? sandboxVendor?.Options.ApiKey;
});
await using var provider = services.BuildServiceProvider();

// 1. Read the window (or, by hand, every case or one) and plan against the platform's cases.
var caseSource = provider.GetRequiredService<CasePeerCaseSource>();
SyncWindow window;
IReadOnlyList<SourceCase> source;
if (manual)
{
    window = SyncWindow.Unbounded;
    source = await ManualSync.ReadAsync(caseSource, manualCaseId);
    if (manualCaseId is not null && source.Count == 0)
    {
        Console.Error.WriteLine($"CASEpeer has no case {manualCaseId}.");
        return 1;
    }
}
else
{
    window = new RollingLookBackWindowPolicy(FirmSetup.Zone).WindowFor(store.Checkpoint(now), now);
    var read = new List<SourceCase>();
    await foreach (var item in caseSource.ReadCasesAsync(window))
    {
        read.Add(item);
    }

    source = read;
}

var target = store.LoadTarget();
var plan = SyncPlanner.Plan(new SyncRequest
{
    Tenant = "sample-firm",
    SourceSystem = "casepeer",
    Now = now,
    Window = window,
    Mode = manual ? SyncMode.UpdateOnly : SyncMode.Full,
    Source = source,
    Target = target,
    Stages = FirmSetup.Catalog,
    StageMap = FirmSetup.Overrides,
    KnownAttorneys = FirmSetup.Attorneys,
    OperatingHours = FirmSetup.Hours,
    Policy = policy,
});

if (json)
{
    Console.WriteLine(SyncPlanJson.Serialize(plan));
}
else if (manual)
{
    ManualSync.Print(plan, manualCaseId);
    PlanPrinter.Print(plan, FirmSetup.Zone);
}
else
{
    Console.WriteLine($"Run {store.Runs + 1}: read {source.Count} CASEpeer cases updated in {window} (platform snapshot in " +
        $"{store.Directory}).");
    PlanPrinter.Print(plan, FirmSetup.Zone);
}

// 2. A plan that needs a person's confirmation is never applied without one: say why it was held, and stop.
if (plan.RequiresConfirmation && !confirm)
{
    // On stderr, so --json output stays one JSON document.
    Console.Error.WriteLine($"Held for confirmation, nothing applied: {plan.ConfirmationReason}");
    Console.Error.WriteLine("Review the plan above, then run again with --confirm to apply it.");
    return 0;
}

if (plan.RequiresConfirmation && !json)
{
    Console.WriteLine($"Applied with --confirm: {plan.ConfirmationReason}");
}

// 3. Apply it to the platform (here: the file) once it is known to be current. A manual sync leaves the nightly checkpoint.
if (manual)
{
    store.SaveTarget(SyncPlanGuard.ApplyTo(plan, target));
    return 0;
}

store.Save(SyncPlanGuard.ApplyTo(plan, target));

// 4. One message and one document from the platform to a connected case, through Core's writer interfaces (the same
// calls write back to any connector), and the sandbox's write log. The note is written as the case's primary attorney.
if (!json && source.FirstOrDefault(c => c is { IsConnected: true, IsClosed: false, AttorneyEmail: not null }) is { } first)
{
    var note = await provider.GetRequiredService<ICaseNoteWriter>().WriteNoteAsync(
        new PlatformMessage($"sample-message-{store.Runs}", first.Key, "Your demand letter was sent today."));
    var document = await provider.GetRequiredService<ICaseDocumentWriter>().WriteDocumentAsync(
        first.Key, new PlatformDocument("sample-document-1", "demand-letter.pdf", "%PDF-1.7 sample demand letter"u8.ToArray()));
    Console.WriteLine();
    var documentState = document.Kind == WriteResultKind.Written ? "uploaded" : "was already there, not uploaded again";
    Console.WriteLine($"Sent message as note {note.RecordId} on case {first.Key.SourceId}; document {document.RecordId} {documentState}.");
    if (sandbox is not null)
    {
        Console.WriteLine("Sandbox write log:");
        foreach (var write in sandbox.Writes.Records)
        {
            Console.WriteLine($"  {write.At:u} {write.Operation,-9} case {write.ResourceId}  key {write.IdempotencyKey}  {write.Detail}");
        }
    }
}

return 0;
