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

// A fleet of firms on Quartz.NET, against the in-process sandbox:
//   dotnet run --project samples/Fleet.Host                      one SQLite file, one node: one night for the fleet, then exit
//   dotnet run --project samples/Fleet.Host -- --serve           keep running on the real schedules
//   dotnet run --project samples/Fleet.Host -- --postgres "Host=...;Database=...;Username=..."   clustered job store
//   options: --db FILE (SQLite), --firms-per-vendor N (3), --concurrency N (4); FLEET_POSTGRES also sets the connection.
var options = new FleetOptions
{
    Postgres = SampleArgs.Option(args, "--postgres") ?? Environment.GetEnvironmentVariable("FLEET_POSTGRES"),
    SqliteFile = SampleArgs.Option(args, "--db") ?? new FleetOptions().SqliteFile,
    FirmsPerVendor = int.Parse(SampleArgs.Option(args, "--firms-per-vendor") ?? "3", CultureInfo.InvariantCulture),
    Concurrency = int.Parse(SampleArgs.Option(args, "--concurrency") ?? "4", CultureInfo.InvariantCulture),
    Serve = SampleArgs.Flag(args, "--serve"),
};

using var stop = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    stop.Cancel();
};
var ct = stop.Token;

var database = options.Postgres is { } postgres ? FleetDatabase.Postgres(postgres) : FleetDatabase.Sqlite(options.SqliteFile);
Console.WriteLine(database.Kind == DatabaseKind.Sqlite
    ? $"Job store: SQLite {options.SqliteFile} (one node). Concurrency {options.Concurrency}."
    : $"Job store: PostgreSQL, clustered. Concurrency {options.Concurrency}.");
await SchemaInstaller.EnsureAsync(database, ct);

await using var sandbox = await FleetSandbox.StartAsync(ct);
var firmTable = new FirmTable(database);
await firmTable.SaveAsync(SampleFleet.Create(options.FirmsPerVendor), ct);
var firms = await firmTable.ReadAllAsync(ct);

// The options go into the container too: the night's platform activity and the outbox flows read their sizes there.
using var host = FleetHostBuilder.Build(
    options, database, firms, services => services.AddFleetConnectors(firms, sandbox).AddSingleton(options));
await MyCaseFirmAuthorization.AuthorizeAsync(host.Services, firms, ct);
await host.StartAsync(ct);
var scheduler = await host.Services.GetRequiredService<ISchedulerFactory>().GetScheduler(ct);
var clock = host.Services.GetRequiredService<IClock>();
await FleetScheduler.RegisterAsync(scheduler, firms, clock.GetCurrentInstant(), ct);
var vendors = firms.Select(f => f.Vendor).Distinct().Count();
Console.WriteLine($"Fleet: {firms.Count} firms across {vendors} vendors, sandbox at {sandbox.Server.BaseAddress}.");
await NextRunsPrinter.PrintAsync(scheduler, firms, Console.Out, ct);

if (options.Serve)
{
    Console.WriteLine("Serving on the real schedules; Ctrl+C stops.");
    await host.WaitForShutdownAsync(ct);
    return 0;
}

// One night for the whole fleet, now: every firm's job fired once by hand (its night, then its documents and messages),
// at most Concurrency firms at a time.
// The night's id names it in the night ledger, which every node shares: a firm whose node dies is run again by another,
// under the same id, and the ledger tells when every firm of the fleet has finished, whichever node ran it.
var report = host.Services.GetRequiredService<FleetReport>();
var night = $"run-{clock.GetCurrentInstant().ToUnixTimeTicks()}";
var started = clock.GetCurrentInstant();
await FleetScheduler.TriggerNightAsync(scheduler, firms, night, ct);
await FleetNightWait.UntilFinishedAsync(new NightLedger(database), night, firms.Count, ct).WaitAsync(TimeSpan.FromMinutes(10), ct);
FleetSummaryPrinter.Print(report, clock.GetCurrentInstant() - started, Console.Out);
await host.StopAsync(ct);
return report.Nights.All(n => n.Succeeded) ? 0 : 1;
