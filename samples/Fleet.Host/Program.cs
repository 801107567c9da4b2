using System.Diagnostics;
using System.Globalization;

using Connectors.Samples;

using Fleet.Host.Database;
using Fleet.Host.Fleet;
using Fleet.Host.Hosting;
using Fleet.Host.Reporting;
using Fleet.Host.Scheduling;
using Fleet.Host.Stores;

using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

using NodaTime;

using Quartz;

// A fleet of firms on Quartz.NET; each firm is its own tenant of the sandbox (in-process unless --sandbox):
//   dotnet run --project samples/Fleet.Host                      one SQLite file, one node: one night for the fleet, then exit
//   dotnet run --project samples/Fleet.Host -- --serve           keep running on the real schedules
//   dotnet run --project samples/Fleet.Host -- --postgres "Host=...;Database=...;Username=..."   clustered job store
//   options: --db FILE (SQLite), --firms-per-vendor N (3) or --firms N (in all) [--vendors mycase,casepeer], --cases N,
//   --concurrency N (4), --sandbox URL (a standalone sandbox), --night ID (the night's id, the same on every node),
//   --join (run another node's night: trigger nothing, exit when the fleet has finished), --cluster-checkin-ms N,
//   --summary-json FILE (the summary, peak memory, CPU and time by phase, for benchmarks/Connectors.Benchmarks' fleet verb).
//   FLEET_POSTGRES also sets the connection.
var options = new FleetOptions
{
    Postgres = SampleArgs.Option(args, "--postgres") ?? Environment.GetEnvironmentVariable("FLEET_POSTGRES"),
    SqliteFile = SampleArgs.Option(args, "--db") ?? new FleetOptions().SqliteFile,
    FirmsPerVendor = Number("--firms-per-vendor") ?? 3,
    Firms = Number("--firms"),
    Vendors = SampleArgs.Option(args, "--vendors") is { } vendorList
        ? [.. vendorList.Split(',').Select(v => Enum.Parse<Vendor>(v, ignoreCase: true))]
        : Enum.GetValues<Vendor>(),
    CasesPerFirm = Number("--cases"),
    Concurrency = Number("--concurrency") ?? 4,
    Sandbox = SampleArgs.Option(args, "--sandbox") is { } sandboxUrl ? new Uri(sandboxUrl) : null,
    Night = SampleArgs.Option(args, "--night"),
    Join = SampleArgs.Flag(args, "--join"),
    ClusterCheckinInterval = Number("--cluster-checkin-ms") is { } checkin
        ? TimeSpan.FromMilliseconds(checkin)
        : new FleetOptions().ClusterCheckinInterval,
    Serve = SampleArgs.Flag(args, "--serve"),
};

using var stop = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    stop.Cancel();
};
var ct = stop.Token;
var summaryJson = SampleArgs.Option(args, "--summary-json");
var setup = new Dictionary<string, TimeSpan>(StringComparer.Ordinal);
var step = Stopwatch.StartNew();

var database = options.Postgres is { } postgres ? FleetDatabase.Postgres(postgres) : FleetDatabase.Sqlite(options.SqliteFile);
Console.WriteLine(database.Kind == DatabaseKind.Sqlite
    ? $"Job store: SQLite {options.SqliteFile} (one node). Concurrency {options.Concurrency}."
    : $"Job store: PostgreSQL, clustered. Concurrency {options.Concurrency}.");
await SchemaInstaller.EnsureAsync(database, ct);

var firmTable = new FirmTable(database);
var sampleFirms = options.Firms is { } total ? SampleFleet.Create(total, options.Vendors) : SampleFleet.Create(options.FirmsPerVendor);
await firmTable.SaveAsync(sampleFirms, ct);
var firms = await firmTable.ReadAllAsync(ct);
Lap("database");

// Each firm's tenant: in this process's own sandbox, or in the standalone one that every node of the cluster shares.
await using var inProcess = options.Sandbox is null ? await FleetSandbox.StartAsync(ct) : null;
var tenants = inProcess is not null
    ? inProcess.TenantsOf(firms, options.CasesPerFirm)
    : await StandaloneSandbox.ConnectAsync(options.Sandbox!, firms, options.CasesPerFirm, ct);
var sandboxAddress = inProcess?.Server.BaseAddress ?? options.Sandbox!;
Lap("tenants");

// The options go into the container too: the night's platform activity and the outbox flows read their sizes there.
using var host = FleetHostBuilder.Build(
    options, database, firms, services => services.AddFleetConnectors(firms, tenants).AddSingleton(options));
// Connecting a firm is onboarding, done once by the node that registers the fleet, not by each node that joins it. An
// in-process sandbox is new at every start: tokens stored by an earlier start mean nothing to it.
if (!options.Join)
{
    await MyCaseFirmAuthorization.AuthorizeAsync(host.Services, firms, replaceStored: inProcess is not null, ct);
}

Lap("authorization");
await host.StartAsync(ct);
var scheduler = await host.Services.GetRequiredService<ISchedulerFactory>().GetScheduler(ct);
// The node's Quartz instance id: the name its runs have in the job store (and in a cluster's recovery log lines).
Console.WriteLine($"Node: {scheduler.SchedulerInstanceId}");
var clock = host.Services.GetRequiredService<IClock>();
await FleetScheduler.RegisterAsync(scheduler, firms, clock.GetCurrentInstant(), ct);
var vendors = firms.Select(f => f.Vendor).Distinct().Count();
Console.WriteLine($"Fleet: {firms.Count} firms across {vendors} vendors, sandbox at {sandboxAddress}.");
await NextRunsPrinter.PrintAsync(scheduler, firms, Console.Out, ct);
Lap("jobs");

if (options.Serve)
{
    Console.WriteLine("Serving on the real schedules; Ctrl+C stops.");
    await host.WaitForShutdownAsync(ct);
    return 0;
}

// One night for the whole fleet, now: every firm's job fired once by hand (its night, then its documents and messages),
// at most Concurrency firms at a time on each node. The night's id names it in the night ledger, which every node shares:
// a firm whose node dies is run again by another under the same id, and the ledger tells when every firm of the fleet
// has finished, whichever node ran it.
var report = host.Services.GetRequiredService<FleetReport>();
var night = options.Night ?? $"run-{clock.GetCurrentInstant().ToUnixTimeTicks()}";
var started = clock.GetCurrentInstant();
var cpuAtTrigger = CpuTime();
var startupPeak = PeakWorkingSet();
if (!options.Join)
{
    await FleetScheduler.TriggerNightAsync(scheduler, firms, night, ct);
}

await FleetNightWait.UntilFinishedAsync(new NightLedger(database), night, firms.Count, Console.Out, ct);
var nightTook = clock.GetCurrentInstant() - started;
var nightCpu = CpuTime() - cpuAtTrigger;
FleetSummaryPrinter.Print(report, nightTook, Console.Out);
if (summaryJson is not null)
{
    var run = new FleetSummaryJson.Run(options.Concurrency, nightTook.ToTimeSpan(), nightCpu, setup, startupPeak);
    await FleetSummaryJson.WriteAsync(summaryJson, report, host.Services.GetRequiredService<PhaseTimings>(), run, ct);
}

await host.StopAsync(ct);
return report.Nights.All(n => n.Succeeded) ? 0 : 1;

static TimeSpan CpuTime()
{
    using var self = Process.GetCurrentProcess();
    return self.TotalProcessorTime;
}

static long PeakWorkingSet()
{
    using var self = Process.GetCurrentProcess();
    return self.PeakWorkingSet64;
}

void Lap(string name)
{
    setup[name] = step.Elapsed;
    step.Restart();
}

int? Number(string name) => SampleArgs.Option(args, name) is { } text ? int.Parse(text, CultureInfo.InvariantCulture) : null;
