// The consumer smoke test: what a newcomer writes after `dotnet add package`, compiled against the packed packages
// (never the projects) by .ci/consumer-smoke. It starts the sandbox in-process, registers every connector against it,
// runs a CASEpeer sync (read through ICaseSource, plan with Core's SyncPlanner), checks a SmartAdvocate token and a
// Case Xchange key, prints counts and exits 0. docs/getting-started/*.md use the same calls.
using Connectors.CasePeer;
using Connectors.CaseXchange;
using Connectors.Core.Model;
using Connectors.Core.Planning;
using Connectors.Core.Sources;
using Connectors.Core.Stages;
using Connectors.Core.Windows;
using Connectors.Sandbox;
using Connectors.Sandbox.CasePeer;
using Connectors.Sandbox.CaseXchange;
using Connectors.Sandbox.SmartAdvocate;
using Connectors.SmartAdvocate;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

var casePeer = new CasePeerSandbox();
var smartAdvocate = new SmartAdvocateSandbox();
var caseXchange = new CaseXchangeSandbox();
// MyCase: add `new MyCaseSandbox()` to Vendors once Connectors.MyCase ships.
await using var sandbox = await SandboxServer.StartAsync(new SandboxOptions { Vendors = [casePeer, smartAdvocate, caseXchange] });

var services = new ServiceCollection();
services.AddCasePeer(o =>
{
    o.BaseAddress = sandbox.BaseAddressOf(casePeer.PathPrefix);
    o.ApiKey = casePeer.Options.ApiKey;
});
services.AddSmartAdvocate(o =>
{
    o.BaseAddress = sandbox.BaseAddressOf(smartAdvocate.PathPrefix);
    o.Username = smartAdvocate.Options.Username;
    o.Password = smartAdvocate.Options.Password;
    o.ClientKey = smartAdvocate.Options.ClientKey;
});
services.AddCaseXchange(o =>
{
    o.Environment = CaseXchangeEnvironment.Custom;
    o.BaseAddress = new Uri(sandbox.BaseAddressOf(caseXchange.PathPrefix), "api/public/v1/");
    o.ApiKey = caseXchange.Options.StandardKey;
});
// ---- MyCase: register it here (services.AddMyCase(o => ...)) when the Connectors.MyCase package ships. ----
await using var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });

// 1. CASEpeer: read the window through Core's ICaseSource, plan against an empty platform.
var now = SystemClock.Instance.GetCurrentInstant();
var zone = DateTimeZoneProviders.Tzdb["America/New_York"];
var window = new RollingLookBackWindowPolicy(zone).WindowFor(SyncCheckpoint.None, now);
ICaseSource source = provider.GetRequiredService<CasePeerCaseSource>();
var cases = new List<SourceCase>();
await foreach (var item in source.ReadCasesAsync(window))
{
    cases.Add(item);
}

var plan = SyncPlanner.Plan(new SyncRequest
{
    Tenant = "smoke-firm",
    SourceSystem = source.SourceSystem,
    Now = now,
    Window = window,
    Source = cases,
    Target = [],
    Stages = new StageCatalog([new PracticeAreaStages("Personal Injury", ["Intake", "Treatment", "Treatment Completed", "Demand", "Negotiation", "Litigation", "Settled"])]),
    StageMap = new StageMap([new StageOverride("Released From Treatment", "Treatment Completed")]),
    KnownAttorneys = ["a.reyes@firm.example", "j.okafor@firm.example", "m.chen@firm.example"],
});
Console.WriteLine($"CASEpeer: read {cases.Count} cases; plan: {plan.Summary.Creates} creates, {plan.Summary.Updates} updates, {plan.Summary.Closes} closes, {plan.Summary.Skips} skips.");

// 2. SmartAdvocate: the first page of the CaseSyncAPI read (signs in with the user's credentials).
var saCases = 0;
await foreach (var _ in provider.GetRequiredService<SmartAdvocateCaseSource>().ReadCasesAsync(window))
{
    saCases++;
}

Console.WriteLine($"SmartAdvocate: read {saCases} cases.");

// 3. Case Xchange: the key check.
var firm = await provider.GetRequiredService<CaseXchangeClient>().CheckKeyAsync();
Console.WriteLine($"Case Xchange: key accepted for firm {firm.Id}.");

// MyCase: read its cases here the same way as CASEpeer above.

var ok = cases.Count > 0 && plan.Summary.Creates > 0 && saCases > 0 && !string.IsNullOrEmpty(firm.Id);
Console.WriteLine(ok ? "Consumer smoke test passed." : "Consumer smoke test FAILED.");
return ok ? 0 : 1;
