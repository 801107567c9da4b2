// The consumer smoke test: what a newcomer writes after `dotnet add package`, compiled against the packed packages
// (never the projects) by .ci/consumer-smoke. It starts the sandbox in-process, registers every connector against it,
// binds CASEpeer from configuration (one default and one keyed firm), runs a CASEpeer sync (read through ICaseSource, plan
// with Core's SyncPlanner), checks a SmartAdvocate token and a Case Xchange key, prints counts and exits 0. docs/getting-started/*.md use
// the same calls.
using Connectors.CasePeer;
using Connectors.CaseXchange;
using Connectors.CaseXchange.Models;
using Connectors.CaseXchange.Plans;
using Connectors.CaseXchange.Referrals;
using Connectors.Core.Model;
using Connectors.Core.Planning;
using Connectors.Core.Sources;
using Connectors.Core.Stages;
using Connectors.Core.Windows;
using Connectors.Core.Writes;
using Connectors.MyCase;
using Connectors.MyCase.Authentication;
using Connectors.Sandbox;
using Connectors.Sandbox.CasePeer;
using Connectors.Sandbox.CaseXchange;
using Connectors.Sandbox.MyCase;
using Connectors.Sandbox.SmartAdvocate;
using Connectors.SmartAdvocate;
using Connectors.SmartAdvocate.Dialer;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

var casePeer = new CasePeerSandbox();
var smartAdvocate = new SmartAdvocateSandbox();
var caseXchange = new CaseXchangeSandbox();
var myCase = new MyCaseSandbox();
await using var sandbox = await SandboxServer.StartAsync(new SandboxOptions { Vendors = [casePeer, smartAdvocate, caseXchange, myCase] });

// Options from configuration (appsettings.json in a real host), as every connector binds them: AddXxx(configSectionPath)
// for one firm, AddKeyedXxx(firmKey) for one of many (section "Vendor:firmKey" by default).
var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
{
    ["CasePeer:BaseAddress"] = sandbox.BaseAddressOf(casePeer.PathPrefix).ToString(),
    ["CasePeer:ApiKey"] = casePeer.Options.ApiKey,
    ["CasePeer:second-firm:BaseAddress"] = sandbox.BaseAddressOf(casePeer.PathPrefix).ToString(),
    ["CasePeer:second-firm:ApiKey"] = casePeer.Options.ApiKey,
}).Build();
var services = new ServiceCollection();
services.AddSingleton<IConfiguration>(configuration);
services.AddCasePeer(configSectionPath: "CasePeer");
services.AddKeyedCasePeer("second-firm");
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
services.AddMyCase(o =>
{
    o.BaseAddress = sandbox.BaseAddressOf(myCase.PathPrefix);
    o.AuthorizationServer = new Uri(sandbox.BaseAddressOf(myCase.PathPrefix), "auth/");
    o.ClientId = myCase.Options.ClientId;
    o.ClientSecret = myCase.Options.ClientSecret;
    o.RedirectUri = myCase.Options.RedirectUri;
});
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

var request = new SyncRequest
{
    Tenant = "smoke-firm",
    SourceSystem = source.SourceSystem,
    Now = now,
    Window = window,
    Source = cases,
    Target = [],
    Stages = new StageCatalog(
    [
        new PracticeAreaStages(
            "Personal Injury",
            ["Intake", "Treatment", "Treatment Completed", "Demand", "Negotiation", "Litigation", "Settled"]),
    ]),
    StageMap = new StageMap([new StageOverride("Released From Treatment", "Treatment Completed")]),
    KnownAttorneys = ["a.reyes@firm.example", "j.okafor@firm.example", "m.chen@firm.example"],
};
var plan = SyncPlanner.Plan(request);

// Apply it to the platform (here a list; yours is a database), then plan again: nothing is left to write.
IReadOnlyList<TargetCase> platform = SyncPlanGuard.ApplyTo(plan, request.Target);
var again = SyncPlanner.Plan(request with { Target = platform });
var secondFirmCases = 0;
await foreach (var _ in provider.GetRequiredKeyedService<ICaseSource>("second-firm").ReadCasesAsync(window))
{
    secondFirmCases++;
}

Console.WriteLine($"CASEpeer: the keyed second firm read {secondFirmCases} cases through its own client.");
Console.WriteLine(
    $"CASEpeer: read {cases.Count} cases; plan: {plan.Summary.Creates} creates, {plan.Summary.Updates} updates, {plan.Summary.Closes} " +
    $"closes, {plan.Summary.Skips} skips; after applying it, {again.Summary.Writes} writes left.");

// A platform message back to CASEpeer as a case note (written once, whatever the retries), through Core's writer
// interface: the host picks the writer of the case's source system, whichever connectors it registered.
var connected = cases.First(c => c is { IsConnected: true, IsClosed: false, AttorneyEmail: not null });
var noteWriter = provider.GetServices<ICaseNoteWriter>().Single(w => w.SourceSystem == connected.Key.SourceSystem);
var note = await noteWriter.WriteNoteAsync(
    new PlatformMessage("smoke-message-1", connected.Key, "Your demand letter was sent today."));
Console.WriteLine($"CASEpeer: message sent as note {note.RecordId} on case {connected.Key.SourceId}.");

// 2. SmartAdvocate: the CaseSyncAPI read (signs in with the user's credentials) and the Predictive Dialer's list.
var saCases = 0;
await foreach (var _ in provider.GetRequiredService<SmartAdvocateCaseSource>().ReadCasesAsync(window))
{
    saCases++;
}

var dialer = provider.GetRequiredService<SmartAdvocateDialerClient>();
var toDial = await dialer.GetCasesToDialAsync(new DialerQuery { Campaign = SmartAdvocateSandbox.Campaign, Records = 5 });
var dialerPlan = DialerPlanner.Plan(new DialerPlanRequest
{
    Now = now,
    Cases = toDial,
    Outcomes = toDial.Select(c => new CallOutcome(c.CaseId, "No Answer")).ToList(),
    Zones = new CallZoneResolver(zone),
    Vocabulary = dialer.Vocabulary,
});
await dialer.UpdateCaseStatusAsync(dialerPlan.Updates);
Console.WriteLine($"SmartAdvocate: read {saCases} cases; dialed {toDial.Count}, sent {dialerPlan.Updates.Count} status updates.");

// 3. Case Xchange: the key check, a referral, the CRM write-back plan and the intake plan.
var client = provider.GetRequiredService<CaseXchangeClient>();
var firm = await client.CheckKeyAsync();
var draft = await client.CreateDraftAsync(
    new CaseXchangeCreateSentCase(
        "Rear-end collision",
        "ct-pi",
        "jur-ca",
        "Sample",
        "Client",
        CmsId: "CRM-1",
        SalesforceRecordId: "a0BSAMPLE0000001"),
    idempotencyKey: "draft-CRM-1");
var referred = await client.ReferAsync(draft.Id, caseXchange.PartnerFirms[0].Id);
caseXchange.AdvanceOnHappyPath(draft.Id);

var sent = new List<CaseXchangeSentCase>();
await foreach (var item in client.ReadSentCasesAsync())
{
    sent.Add(item);
}

var statusMap = new CrmStatusMap(new Dictionary<ReferralStatus, string>
{
    [ReferralStatus.Draft] = "Referral - Draft", [ReferralStatus.Sent] = "Referral - Sent",
    [ReferralStatus.Received] = "Referral - Received", [ReferralStatus.UnderEvaluation] = "Under Evaluation",
    [ReferralStatus.Investigating] = "Investigating", [ReferralStatus.Signed] = "Signed",
    [ReferralStatus.InLitigation] = "In Litigation", [ReferralStatus.Closing] = "Closing",
    [ReferralStatus.Won] = "Closed - Won", [ReferralStatus.Lost] = "Closed - Lost",
    [ReferralStatus.Rejected] = "Referral - Rejected", [ReferralStatus.Withdrawn] = "Referral - Withdrawn",
    [ReferralStatus.Closed] = "Closed",
});
var writeBack = CrmWriteBackPlanner.Plan(sent, statusMap);

var received = new List<CaseXchangeReceivedReferral>();
await foreach (var item in client.ReadReceivedReferralsAsync())
{
    received.Add(item);
}

var intakes = IntakePlanner.Plan(received, new HashSet<string>());
Console.WriteLine($"Case Xchange: key accepted for firm {firm.Id}; referred {referred.ReferenceNumber} ({referred.Status}); "
    + $"{sent.Count} sent cases, {writeBack.Count(w => w.IsUpdate)} CRM updates; {intakes.Count} intakes to create.");

// 4. MyCase: the OAuth authorization-code flow (the sandbox's login page redirects straight back with a code), then a read.
var oauth = provider.GetRequiredService<MyCaseOAuthClient>();
using (var noRedirects = new HttpClientHandler { AllowAutoRedirect = false })
using (var browser = new HttpClient(noRedirects))
using (var login = await browser.GetAsync(oauth.BuildAuthorizeUri("smoke-state")))
{
    await oauth.CompleteAuthorizationAsync(login.Headers.Location!, "smoke-state");
}

var myCaseCases = 0;
await foreach (var _ in provider.GetRequiredService<MyCaseCaseSource>().ReadCasesAsync(window))
{
    myCaseCases++;
}

Console.WriteLine($"MyCase: authorized, read {myCaseCases} cases.");

var ok = cases.Count > 0
    && plan.Summary.Creates > 0
    && again.Summary.Writes == 0
    && note.RecordId is not null
    && saCases > 0
    && toDial.Count > 0
    && !string.IsNullOrEmpty(firm.Id)
    && writeBack.Any(w => w.IsUpdate)
    && myCaseCases > 0;
Console.WriteLine(ok ? "Consumer smoke test passed." : "Consumer smoke test FAILED.");
return ok ? 0 : 1;
