using Connectors.CasePeer;
using Connectors.Core.Model;
using Connectors.Core.Planning;
using Connectors.Core.Stages;
using Connectors.Core.Windows;
using Connectors.Core.Writes;
using Connectors.Sandbox;
using Connectors.Sandbox.CasePeer;
using Connectors.Sandbox.Faults;

using Microsoft.Extensions.DependencyInjection;

using NodaTime;

using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

// The connectors' telemetry exported to the console with OpenTelemetry while a CASEpeer sync runs against the sandbox:
//   dotnet run --project samples/Telemetry.Sample
// Every connector has an ActivitySource and a Meter named Connectors.<Vendor>; "Connectors.*" subscribes to all of them
// (Connectors.CasePeer, Connectors.SmartAdvocate, Connectors.CaseXchange, and Connectors.MyCase when it ships).
// Spans: one client span per HTTP attempt (http.request.method, server.address, server.port, url.full with secrets
// redacted, http.response.status_code, error.type). Metrics: http.client.request.duration, connectors.http.retries,
// connectors.pages.read, connectors.cases.read, connectors.plan.operations (by connectors.operation.kind) and
// connectors.writebacks (by connectors.writeback.kind).
var resource = ResourceBuilder.CreateDefault().AddService("Telemetry.Sample");
using var tracing = Sdk.CreateTracerProviderBuilder()
    .SetResourceBuilder(resource)
    .AddSource("Connectors.*")
    .AddConsoleExporter()
    .Build();
using var metrics = Sdk.CreateMeterProviderBuilder()
    .SetResourceBuilder(resource)
    .AddMeter("Connectors.*")
    .AddConsoleExporter()
    .Build();

var casePeer = new CasePeerSandbox(new CasePeerSandboxOptions { Cases = 60 });
await using var sandbox = await SandboxServer.StartAsync(new SandboxOptions { Vendors = [casePeer] });
// The second page answers 503 once, so the retry shows up as a failed span, a second attempt and connectors.http.retries.
sandbox.Faults.Add(new FaultRule { Kind = FaultKind.Unavailable, Method = "GET", PathPrefix = "/casepeer/api/v1/cases", OnRequests = [2] });

var services = new ServiceCollection();
services.AddCasePeer(o =>
{
    o.BaseAddress = sandbox.BaseAddressOf(casePeer.PathPrefix);
    o.ApiKey = casePeer.Options.ApiKey;
    o.PageSize = 25;
    o.RetryBaseDelay = TimeSpan.FromMilliseconds(50);
});
await using var provider = services.BuildServiceProvider();

var now = SystemClock.Instance.GetCurrentInstant();
var window = new RollingLookBackWindowPolicy(DateTimeZoneProviders.Tzdb["America/New_York"]).WindowFor(SyncCheckpoint.None, now);
var source = provider.GetRequiredService<CasePeerCaseSource>();
var cases = new List<SourceCase>();
await foreach (var item in source.ReadCasesAsync(window))
{
    cases.Add(item);
}

// SyncPlanner counts the plan's operations by kind in the meter of the source's connector (Connectors.CasePeer).
var plan = SyncPlanner.Plan(new SyncRequest
{
    Tenant = "telemetry-sample",
    SourceSystem = source.SourceSystem,
    Now = now,
    Window = window,
    Source = cases,
    Target = [],
    Stages = new StageCatalog([new PracticeAreaStages(
        "Personal Injury",
        ["Intake", "Treatment", "Treatment Completed", "Demand", "Negotiation", "Litigation", "Settled"])]),
    StageMap = new StageMap([new StageOverride("Released From Treatment", "Treatment Completed")]),
    KnownAttorneys = ["a.reyes@firm.example", "j.okafor@firm.example", "m.chen@firm.example"],
});

// One write-back: a platform message as a CASEpeer note.
if (cases.FirstOrDefault(c => c is { IsConnected: true, IsClosed: false, AttorneyEmail: not null }) is { } connected)
{
    await provider.GetRequiredService<ICaseNoteWriter>().WriteNoteAsync(
        new PlatformMessage("telemetry-sample-1", connected.Key, "Your demand letter was sent today."));
}

// The metrics are exported once, when the meter provider is disposed at the end of the program.
Console.WriteLine($"Read {cases.Count} cases; plan: {plan.Summary.Creates} creates, {plan.Summary.Skips} skips. Metrics follow.");
return 0;
