using System.Diagnostics;
using System.Globalization;

namespace Connectors.Benchmarks.Fleet;

/// <summary>
/// Issue 17's fleet benchmark: per fleet size, a fresh standalone sandbox process and a fresh SQLite file; Fleet.Host runs
/// the first night as a child process, 1% of every firm's cases change through the sandbox's control endpoint, and a
/// fresh Fleet.Host child runs the steady-state night. Prints Markdown tables for docs/performance.md.
/// </summary>
internal static class FleetRun
{
    public const string Verb = "fleet";

    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static async Task<int> RunAsync(string[] args)
    {
        var sizes = args.TakeWhile(a => !a.StartsWith("--", StringComparison.Ordinal)).Select(int.Parse).ToList();
        sizes = sizes.Count > 0 ? sizes : [100, 1000];
        var cases = Option(args, "--cases") ?? 1000;
        var concurrency = Option(args, "--concurrency") ?? 8;
        // --steady-concurrency 8,16: one steady night per value after the one first night (1% changed before each).
        int[] steadyConcurrency = Array.IndexOf(args, "--steady-concurrency") is var at and >= 0 && at + 1 < args.Length
            ? [.. args[at + 1].Split(',').Select(c => int.Parse(c, Invariant))]
            : [concurrency];
        var changed = Math.Max(1, cases / 100);
        var rows = new List<Row>();
        foreach (var firms in sizes)
        {
            rows.AddRange(await FleetAsync(firms, cases, concurrency, steadyConcurrency, changed));
        }

        Console.WriteLine();
        Console.WriteLine(
            $"One node, SQLite, concurrency {concurrency} (steady: {string.Join(", ", steadyConcurrency)}), "
                + $"MyCase firms of {cases:N0} cases (25 requests/s each), "
                + $"{changed} changed per firm before the steady night; {Environment.ProcessorCount} cores.");
        Console.WriteLine();
        PrintNights(rows);
        Console.WriteLine();
        PrintPhases(rows);
        return rows.All(r => r.Host.FailedFirms == 0 && r.Host.Firms == r.Firms) ? 0 : 1;
    }

    private static async Task<List<Row>> FleetAsync(int firms, int cases, int concurrency, int[] steadyConcurrency, int changed)
    {
        await using var sandbox = await FleetSandboxProcess.StartAsync();
        var folder = Directory.CreateTempSubdirectory("fleet-bench-").FullName;
        try
        {
            var database = Path.Combine(folder, "fleet.db");
            var rows = new List<Row>();
            var nights = steadyConcurrency.Select(c => (Night: steadyConcurrency.Length > 1 ? $"steady-c{c}" : "steady", Concurrency: c))
                .Prepend(("first", concurrency));
            foreach (var (night, nightConcurrency) in nights)
            {
                if (night != "first")
                {
                    var keys = Enumerable.Range(1, firms).Select(i => $"mycase-{i:D3}");
                    await sandbox.ChangeAsync(keys, changed);
                }

                var before = await sandbox.StatsAsync();
                var sandboxCpu = sandbox.CpuTime();
                var summary = Path.Combine(folder, $"{night}.json");
                string[] arguments = [
                    "--sandbox", sandbox.Address.ToString(), "--firms", Text(firms), "--vendors", "mycase", "--cases", Text(cases),
                    "--db", database, "--night", night, "--concurrency", Text(nightConcurrency), "--summary-json", summary];
                var exit = await ChildAsync(arguments, Path.Combine(folder, $"{night}.log"));
                if (exit != 0 || !File.Exists(summary))
                {
                    Console.Error.WriteLine($"Fleet.Host exited {exit} on the {night} night of {firms} firms; its log:");
                    Console.Error.WriteLine(string.Join('\n', File.ReadLines(Path.Combine(folder, $"{night}.log")).TakeLast(30)));
                    throw new InvalidOperationException("Fleet.Host failed.");
                }

                var counters = (await sandbox.StatsAsync()).Since(before);
                var (workingSet, _) = await sandbox.MemoryAsync();
                var row = new Row(
                    firms, cases, night, FleetNightSummary.Read(summary), counters, workingSet, sandbox.CpuTime() - sandboxCpu);
                Console.WriteLine(string.Create(
                    Invariant,
                    $"{firms} firms, {night} night: {row.Host.NightSeconds:F1} s, {row.Host.CasesRead / row.Host.NightSeconds:F0} cases/s, "
                        + $"{row.Host.Writes} writes, {counters.Requests} requests, {counters.RateLimited} 429s, "
                        + $"host peak {Mb(row.Host.PeakWorkingSetBytes):F0} MB (start-up {Mb(row.Host.StartupPeakWorkingSetBytes):F0} MB; "
                        + $"at the end GC committed {Mb(row.Host.GcCommittedBytes):F0} MB, {row.Host.Threads} threads, "
                        + $"resident {Resident(row.Host)})"));
                rows.Add(row);
            }

            return rows;
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    // Fleet.Host as a child: its output to a log file (the benchmark reads the JSON summary).
    private static async Task<int> ChildAsync(IReadOnlyList<string> arguments, string log)
    {
        var start = new ProcessStartInfo("dotnet") { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(FleetPaths.FleetHost);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var child = Process.Start(start)!;
        var output = child.StandardOutput.ReadToEndAsync();
        var errors = child.StandardError.ReadToEndAsync();
        await child.WaitForExitAsync();
        await File.WriteAllTextAsync(log, await output + await errors);
        return child.ExitCode;
    }

    private static void PrintNights(IReadOnlyList<Row> rows)
    {
        Console.WriteLine(
            "| Firms | Cases | Night | Duration | Cases/s | Writes | Requests | 429s | Fleet.Host peak WS | vs first size | Sandbox WS |");
        Console.WriteLine("|---:|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var row in rows)
        {
            var first = rows.First(r => r.Night == row.Night);
            var host = row.Host;
            Console.WriteLine(string.Create(
                Invariant,
                $"| {row.Firms:N0} | {host.CasesRead:N0} | {row.Night} | {host.NightSeconds:F1} s "
                    + $"| {host.CasesRead / host.NightSeconds:N0} | {host.Writes:N0} | {row.Sandbox.Requests:N0} "
                    + $"| {row.Sandbox.RateLimited:N0} | {Mb(host.PeakWorkingSetBytes):F0} MB "
                    + $"| {(double)host.PeakWorkingSetBytes / first.Host.PeakWorkingSetBytes:F2}x | {Mb(row.SandboxWorkingSet):F0} MB |"));
        }
    }

    // Phases are summed over firms (up to "concurrency" at once), so each is shown per firm and as a share of the jobs' time.
    private static void PrintPhases(IReadOnlyList<Row> rows)
    {
        Console.WriteLine(
            "| Firms | Night | Wall | Fleet.Host CPU (night) | Sandbox CPU | Start-up (tenants, auth) | Job time | Vendor read | Plan | "
                + "Apply | Checkpoint | Platform read | Activity | Documents | Ledger | Idle slots | GC heap at end |");
        Console.WriteLine("|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var row in rows)
        {
            var h = row.Host;
            var job = h.Phase("job");
            var plan = h.Phase("sync") - h.Phase("vendorRead") - h.Phase("platformRead") - h.Phase("platformApply") - h.Phase("checkpoint");
            var share = (double seconds) => string.Create(Invariant, $"{seconds / h.Firms * 1000:F0} ms ({seconds / job:P0})");
            var idle = h.Concurrency * h.NightSeconds - job;
            Console.WriteLine(string.Create(
                Invariant,
                $"| {row.Firms:N0} | {row.Night} | {h.NightSeconds:F1} s | {h.NightCpuSeconds:F1} s | {row.SandboxCpu.TotalSeconds:F1} s "
                    + $"| {h.SetupSeconds.GetValueOrDefault("tenants") + h.SetupSeconds.GetValueOrDefault("authorization"):F1} s "
                    + $"| {job / h.Firms * 1000:F0} ms/firm | {share(h.Phase("vendorRead"))} | {share(plan)} "
                    + $"| {share(h.Phase("platformApply"))} | {share(h.Phase("checkpoint"))} | {share(h.Phase("platformRead"))} "
                    + $"| {share(h.Phase("activity"))} | {share(h.Phase("documents"))} | {share(h.Phase("ledger"))} "
                    + $"| {idle / (h.Concurrency * h.NightSeconds):P0} | {Mb(h.GcHeapBytes):F0} MB |"));
        }
    }

    private static int? Option(string[] args, string name) =>
        Array.IndexOf(args, name) is var at and >= 0 && at + 1 < args.Length ? int.Parse(args[at + 1], Invariant) : null;

    private static string Text(int value) => value.ToString(Invariant);

    private static double Mb(long bytes) => bytes / 1024.0 / 1024.0;

    // Linux's split of the resident set (anonymous, file-backed, shared), when the child could read it.
    private static string Resident(FleetNightSummary host) =>
        host.ResidentBytes is { Count: > 0 } split
            ? string.Join(", ", split.Select(p => string.Create(Invariant, $"{p.Key} {Mb(p.Value):F0} MB")))
            : "not split";

    private sealed record Row(
        int Firms,
        int Cases,
        string Night,
        FleetNightSummary Host,
        SandboxCounters Sandbox,
        long SandboxWorkingSet,
        TimeSpan SandboxCpu);
}
