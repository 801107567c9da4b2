using System.Globalization;

using Connectors.Core.Model;
using Connectors.Core.Planning;
using Connectors.Core.Windows;
using Connectors.MyCase;
using Connectors.MyCase.Authentication;
using Connectors.MyCase.Writes;
using Connectors.Samples;
using Connectors.Sandbox;
using Connectors.Sandbox.MyCase;

using Microsoft.Extensions.DependencyInjection;

using MyCase.Sample;

using NodaTime;
using NodaTime.Testing;

// MyCase end to end over HTTP. With no options it starts the sandbox in-process and runs: the OAuth authorize/exchange
// flow, a first sync (10 years), a day of firm activity, a second sync (12 months: updates and closes), one import by
// URL and one document upload.
//   dotnet run --project samples/MyCase.Sample [-- --json] [--confirm] [--now 2026-11-25T02:00:00Z] [--data cases.json]
//        [--platform-dir DIR]       (the platform's cases kept in DIR: a second run plans against the first's)
//   dotnet run --project samples/MyCase.Sample -- --client-id ID --client-secret SECRET --redirect-uri URI
//        [--token-file FILE] [--case-url URL]       (a real tenant: one sync and one import; nothing is written to MyCase)
//        the tokens are kept in FILE, by default LocalApplicationData/Connectors.Sdk/MyCase.Sample/mycase-tokens.json (owner-only)
var clientId = SampleArgs.Option(args, "--client-id");
var real = clientId is not null;

// Against the sandbox 'now' is fixed (the data is seeded relative to it); against a real tenant it is the real time.
if (SampleArgs.Now(args, real ? SystemClock.Instance.GetCurrentInstant() : Instant.FromUtc(2026, 11, 25, 2, 0)) is not { } now)
{
    return 2;
}

var json = SampleArgs.Flag(args, "--json");
var confirm = SampleArgs.Flag(args, "--confirm");
var clock = new FakeClock(now);
MyCaseSandbox? vendor = null;
SandboxServer? sandbox = null;
if (!real)
{
    vendor = new MyCaseSandbox(new MyCaseSandboxOptions
    {
        DataFile = SampleArgs.Option(args, "--data"),
        SeededAt = now - Duration.FromHours(14),
    });
    sandbox = await SandboxServer.StartAsync(new SandboxOptions { Vendors = [vendor], Clock = clock });
}

await using var _ = sandbox;
// A real tenant's tokens are live credentials: kept under the user's profile (owner-only), never under bin/.
var tokenFile = SampleArgs.Option(args, "--token-file") ?? SampleTokenFile.DefaultPath();
var services = new ServiceCollection();
services.AddSingleton<IClock>(real ? SystemClock.Instance : clock);
services.AddSingleton<IMyCaseTokenStore>(real ? new FileMyCaseTokenStore(tokenFile) : new InMemoryMyCaseTokenStore());
// In code here; a host with appsettings.json binds a section instead: services.AddMyCase(configSectionPath: "MyCase").
// Many firms in one host: services.AddKeyedMyCase(firmKey, ...) per firm, resolved with GetRequiredKeyedService.
services.AddMyCase(o =>
{
    if (sandbox is not null)
    {
        o.BaseAddress = sandbox.BaseAddressOf(vendor!.PathPrefix);
        o.AuthorizationServer = new Uri(o.BaseAddress, "auth/");
        o.ClientId = vendor.Options.ClientId;
        o.ClientSecret = vendor.Options.ClientSecret;
        o.RedirectUri = vendor.Options.RedirectUri;
    }
    else
    {
        o.ClientId = clientId;
        o.ClientSecret = SampleArgs.Option(args, "--client-secret");
        o.RedirectUri = SampleArgs.Option(args, "--redirect-uri") is { } redirect ? new Uri(redirect) : null;
    }
});
await using var provider = services.BuildServiceProvider();

// 1. Authorize: the firm's user allows access; the tokens go to the store and firm_uuid is the tenant key.
var store = provider.GetRequiredService<IMyCaseTokenStore>();
if (real)
{
    Info($"Tokens are kept in {tokenFile} (readable by you only; --token-file to choose another file).");
}

string? tenant = (await store.GetAsync(default))?.FirmUuid;
if (tenant is null)
{
    var connection = await SampleAuthorization.AuthorizeAsync(provider.GetRequiredService<MyCaseOAuthClient>(), sandbox is not null);
    if (connection is null)
    {
        Console.Error.WriteLine("No redirect address was given; nothing was authorized.");
        return 2;
    }

    tenant = connection.FirmUuid;
    Info($"Authorized: firm_uuid {tenant}, access token until {connection.AccessTokenExpiresAt}, refresh token until " +
        $"{connection.RefreshTokenExpiresAt}.");
}

var source = provider.GetRequiredService<MyCaseCaseSource>();

// Before syncing: every MyCase stage should reach a platform stage, or its cases' stage changes are skipped.
var myCaseStages = new List<string>();
await foreach (var stage in provider.GetRequiredService<MyCaseFirmCatalog>().ReadCaseStagesAsync())
{
    myCaseStages.Add(stage.Name ?? string.Empty);
}

var unmatched = MyCaseStages.FindUnmatched(myCaseStages, FirmSetup.Catalog, FirmSetup.Overrides);
Info($"MyCase has {myCaseStages.Count} case stages; " +
    $"{(unmatched.Count == 0 ? "each reaches a platform stage" : $"no platform stage for: {string.Join(", ", unmatched)}")}.");
var policy = new RollingLookBackWindowPolicy(FirmSetup.Zone);
var plans = new List<SyncPlan>();

// 2. First sync: the last 10 years.
// --platform-dir keeps the platform's cases between runs: a second run plans against what the first one left.
var platformFile = SampleArgs.Option(args, "--platform-dir") is { } platformDir ? Path.Combine(platformDir, "platform-cases.json") : null;
IReadOnlyList<TargetCase> platformBefore = platformFile is not null && File.Exists(platformFile)
    ? TargetSnapshotJson.Deserialize(await File.ReadAllTextAsync(platformFile))
    : [];
var checkpoint = SyncCheckpoint.None;
var (firstPlan, target) = await SyncAsync("First sync", now, checkpoint, platformBefore);
checkpoint = checkpoint.Applied(now);

// 3. A day later, after a day of work in the firm: the last 12 months; stages move and cases close.
var nextDay = now + Duration.FromDays(1);
if (vendor is not null)
{
    vendor.SimulateActivity(1, nextDay - Duration.FromHours(3));
    clock.Reset(nextDay); // the access token is 24 hours old now: the connector refreshes it (single use, rotated)
}

// A real tenant is read once: its next day has not happened yet.
if (!real)
{
    var second = await SyncAsync("Second sync", nextDay, checkpoint, target);
    target = second.Target;
}

// 4. One case imported by the URL a user pasted from MyCase.
var firstCreated = firstPlan.Operations.FirstOrDefault(o => o.Kind == OperationKind.Create);
var pasted = SampleArgs.Option(args, "--case-url")
             ?? (firstCreated is null ? null : $"https://sandboxlaw.mycase.com/court_cases/{firstCreated.SourceId}");
if (!json && pasted is not null)
{
    var imported = await source.ImportAsync(pasted);
    Info(string.Empty);
    Info(imported is null
        ? $"Import by URL: {pasted} names no case MyCase knows."
        : $"Import by URL: {pasted} -> case {imported.Key.SourceId}, {imported.PracticeArea}, stage {imported.Status ?? "(none)"}, " +
            $"{(imported.IsClosed ? "closed" : "open")}.");
    if (imported is not null)
    {
        // "Import/Sync Cases individually": a case already on the platform is synced by the manual sync's rules
        // (update-only: it is never created twice); a new one is imported (created).
        var known = target.Any(t => t.Key == imported.Key);
        var single = SyncPlanner.Plan(new SyncRequest
        {
            Tenant = tenant ?? "mycase-firm",
            SourceSystem = "mycase",
            Now = now,
            Window = SyncWindow.Unbounded,
            Source = [imported],
            Target = target,
            Stages = FirmSetup.Catalog,
            StageMap = FirmSetup.Overrides,
            KnownAttorneys = FirmSetup.Attorneys,
            Mode = known ? SyncMode.UpdateOnly : SyncMode.Full,
        });
        var operation = single.Operations.Single();
        Info($"  {(known ? "already imported: synced update-only" : "new: imported")} -> {operation.Kind}" +
            $"{(operation.Reason is { } reason ? $" ({reason})" : string.Empty)}.");
    }

    try
    {
        await source.ImportAsync("https://sandboxlaw.mycase.com/calendar");
    }
    catch (Connectors.Core.Http.ConnectorValidationException e)
    {
        Info($"Import by URL without a case id: {e.Problems[0]}");
    }
}

// 5. One platform document to a case, twice: the second time it is already there.
if (!json && vendor is not null && pasted is not null && MyCaseCaseUrl.TryParseCaseId(pasted, out var caseId))
{
    var documents = provider.GetRequiredService<MyCaseDocumentWriter>();
    var letter = new PlatformDocument(
        "sample-document-1",
        "demand-letter.pdf",
        "%PDF-1.7 sample demand letter"u8.ToArray(),
        "Demand letter");
    var caseKey = new Connectors.Core.Model.CaseKey("mycase", caseId.ToString(System.Globalization.CultureInfo.InvariantCulture));
    var first = await documents.WriteDocumentAsync(caseKey, letter);
    var again = await documents.WriteDocumentAsync(caseKey, letter);
    var firstState = first.Kind == Connectors.Core.Writes.WriteResultKind.Written
        ? "created and its bytes PUT to the presigned URL"
        : "was already there";
    var againState = again.Kind == Connectors.Core.Writes.WriteResultKind.Written
        ? "uploaded again (unexpected)"
        : "found it and sent nothing";
    Info($"Document: MyCase document {first.RecordId} {firstState}; the second upload {againState}.");
    Info("Sandbox write log:");
    foreach (var write in sandbox!.Writes.Records)
    {
        Info($"  {write.At:u} {write.Operation,-20} {write.ResourceId,-38} {write.Detail}");
    }
}

if (platformFile is not null)
{
    Directory.CreateDirectory(Path.GetDirectoryName(platformFile)!);
    await File.WriteAllTextAsync(platformFile, TargetSnapshotJson.Serialize(target));
}

if (json)
{
    Console.WriteLine($"[{string.Join(",", plans.Select(SyncPlanJson.Serialize))}]");
}

return 0;

async Task<(SyncPlan Plan, IReadOnlyList<TargetCase> Target)> SyncAsync(
    string title,
    Instant at,
    SyncCheckpoint from,
    IReadOnlyList<TargetCase> platform)
{
    var window = policy.WindowFor(from, at);
    var read = new List<SourceCase>();
    long? total = null;
    await foreach (var item in source.ReadCasesWithProgressAsync(window, new Progress(p => total = p.Total)))
    {
        read.Add(item);
    }

    var plan = SyncPlanner.Plan(new SyncRequest
    {
        Tenant = tenant ?? "mycase-firm",
        SourceSystem = "mycase",
        Now = at,
        Window = window,
        Source = read,
        Target = platform,
        Stages = FirmSetup.Catalog,
        StageMap = FirmSetup.Overrides,
        KnownAttorneys = FirmSetup.Attorneys,
    });
    plans.Add(plan);
    if (!json)
    {
        Info(string.Empty);
        Info($"{title}: read {read.Count.ToString(CultureInfo.InvariantCulture)} MyCase cases (Item-Count " +
            $"{total?.ToString(CultureInfo.InvariantCulture) ?? "?"}) updated since {window.Start} (filter[updated_after]).");
        PlanPrinter.Print(plan, FirmSetup.Zone);
    }

    // A large change waits for a person: applied only with --confirm (SyncRunner.ApplyApprovedAsync in a host).
    if (plan.RequiresConfirmation && !confirm)
    {
        Console.Error.WriteLine($"{title}: held for confirmation, nothing applied: {plan.ConfirmationReason} (--confirm applies it).");
        return (plan, platform);
    }

    return (plan, SyncPlanGuard.ApplyTo(plan, platform));
}

void Info(string line)
{
    if (!json)
    {
        Console.WriteLine(line);
    }
}

internal sealed class Progress(Action<MyCaseReadProgress> report) : IProgress<MyCaseReadProgress>
{
    public void Report(MyCaseReadProgress value) => report(value);
}
