using System.Diagnostics;
using System.Globalization;

using Connectors.Core.Windows;
using Connectors.MyCase;
using Connectors.MyCase.Authentication;
using Connectors.Sandbox;
using Connectors.Sandbox.MyCase;

using Microsoft.Extensions.DependencyInjection;

namespace Connectors.Benchmarks.MyCase;

/// <summary>
/// The overhead comparison of <see cref="MyCaseReadBenchmarks"/> measured in pairs: the raw baseline and the SDK read
/// the same 100,000 cases back to back, in alternating order, N times in one process, and each pair gives one time and
/// one allocation ratio. On a shared machine whose speed drifts by tens of percent between minutes (and between
/// BenchmarkDotNet launches), the two halves of a pair see the same conditions; the median of the pairs is the
/// figure. With <c>--split</c> the sandbox stays in this process and the two readers run in a child process, so the
/// figures are the client's alone (its time with the server on other threads of another process, and its own
/// allocations); otherwise everything shares one process and allocations include the sandbox's, as
/// BenchmarkDotNet counts them.
/// </summary>
internal static class MyCasePairedRun
{
    public const string Verb = "mycase-paired";

    public const string ChildVerb = "mycase-paired-child";

    public static async Task<int> RunAsync(string[] args)
    {
        var split = args.Contains("--split");
        var numbers = args.Where(a => a != "--split").Select(a => int.Parse(a, CultureInfo.InvariantCulture)).ToArray();
        var cases = numbers.Length > 0 ? numbers[0] : 100_000;
        var pairs = numbers.Length > 1 ? numbers[1] : 10;
        if (split)
        {
            return await SplitAsync(cases, pairs);
        }

        await using var bench = await MyCaseBench.StartAsync(cases, sandboxRequestsPerSecond: 0, clientRequestsPerSecond: int.MaxValue);
        using var raw = new RawMyCaseReader(bench.ApiBase, bench.AccessToken);
        await RunPairsAsync(raw, bench.Services.GetRequiredService<MyCaseCaseSource>(), pairs);
        return 0;
    }

    /// <summary>The child of <c>--split</c>: registers the SDK against the parent's sandbox and runs the pairs.</summary>
    public static async Task<int> RunChildAsync(string[] args)
    {
        var services = new ServiceCollection();
        services.AddMyCase(o =>
        {
            (o.BaseAddress, o.ClientId, o.ClientSecret, o.RedirectUri) = (new Uri(args[0]), args[1], args[2], new Uri(args[3]));
            o.AuthorizationServer = new Uri(new Uri(args[0]), "auth/");
            o.PageSize = MyCaseSandbox.MaxPageSize;
            o.RequestsPerSecond = int.MaxValue;
        });
        await using var provider = services.BuildServiceProvider();
        await Load.LoadChild.AuthorizeMyCaseAsync(provider.GetRequiredService<MyCaseOAuthClient>());
        var tokens = await provider.GetRequiredService<IMyCaseTokenStore>().GetAsync(CancellationToken.None)
            ?? throw new InvalidOperationException("The sandbox's OAuth flow stored no tokens.");
        using var raw = new RawMyCaseReader(new Uri(args[0]), tokens.AccessToken);
        await RunPairsAsync(raw, provider.GetRequiredService<MyCaseCaseSource>(), int.Parse(args[4], CultureInfo.InvariantCulture));
        return 0;
    }

    private static async Task<int> SplitAsync(int cases, int pairs)
    {
        var vendor = new MyCaseSandbox(new MyCaseSandboxOptions { Cases = cases, RequestsPerSecond = 0 });
        await using var server = await SandboxServer.StartAsync(new SandboxOptions { Vendors = [vendor] });
        var start = new ProcessStartInfo("dotnet") { UseShellExecute = false };
        foreach (var argument in new[]
        {
            typeof(MyCasePairedRun).Assembly.Location, ChildVerb, server.BaseAddressOf(vendor.PathPrefix)
                .ToString(), vendor.Options.ClientId,
            vendor.Options.ClientSecret, vendor.Options.RedirectUri.ToString(), pairs.ToString(CultureInfo.InvariantCulture),
        })
        {
            start.ArgumentList.Add(argument);
        }

        using var child = Process.Start(start)!;
        await child.WaitForExitAsync();
        return child.ExitCode;
    }

    private static async Task RunPairsAsync(RawMyCaseReader raw, MyCaseCaseSource source, int pairs)
    {
        Task<long> Sdk() => MyCaseBench.CountAsync(source.ReadCasesAsync(SyncWindow.Unbounded));

        Task<long> Raw() => raw.ReadAllAsync(MyCaseSandbox.MaxPageSize, deserialize: true, CancellationToken.None);

        // Warm both paths (JIT, connections, tiering) before anything is kept.
        for (var i = 0; i < 2; i++)
        {
            await Raw();
            await Sdk();
        }

        var timeRatios = new List<double>();
        var byteRatios = new List<double>();
        Console.WriteLine("| Pair | Order | Raw | SDK | Time ratio | Raw MB | SDK MB | Alloc ratio | CPU raw / SDK | GC pause raw / SDK " +
            "| GCs raw / SDK |");
        Console.WriteLine("|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        for (var pair = 1; pair <= pairs; pair++)
        {
            var sdkFirst = pair % 2 == 0;
            var first = await MeasureAsync(sdkFirst ? Sdk : Raw);
            var second = await MeasureAsync(sdkFirst ? Raw : Sdk);
            var (rawRun, sdkRun) = sdkFirst ? (second, first) : (first, second);
            timeRatios.Add(sdkRun.Seconds / rawRun.Seconds);
            byteRatios.Add(sdkRun.Megabytes / rawRun.Megabytes);
            Console.WriteLine(
                string.Create(CultureInfo.InvariantCulture, $"| {pair} | {(sdkFirst ? "SDK, raw" : "raw, SDK")} | {rawRun.Seconds:F3} s ") +
                string.Create(CultureInfo.InvariantCulture, $"| {sdkRun.Seconds:F3} s | {timeRatios[^1]:F2} | {rawRun.Megabytes:F0} | ") +
                string.Create(CultureInfo.InvariantCulture, $"{sdkRun.Megabytes:F0} | {byteRatios[^1]:F2} | {rawRun.CpuSeconds:F2} / ") +
                string.Create(CultureInfo.InvariantCulture, $"{sdkRun.CpuSeconds:F2} s | {rawRun.PauseSeconds:F2} / ") +
                string.Create(CultureInfo.InvariantCulture, $"{sdkRun.PauseSeconds:F2} s | {rawRun.Collections} / {sdkRun.Collections} |"));
        }

        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"Median of {pairs} pairs: time {Median(timeRatios):F2}x, allocated {Median(byteRatios):F2}x (targets 1.15x and 1.5x)"));
    }

    private static async Task<Run> MeasureAsync(Func<Task<long>> read)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        var bytes = GC.GetTotalAllocatedBytes(precise: true);
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var pause = GC.GetTotalPauseDuration();
        var (gen0, gen1, gen2) = (GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2));
        var clock = Stopwatch.StartNew();
        _ = await read();
        clock.Stop();
        return new Run(
            clock.Elapsed.TotalSeconds,
            (GC.GetTotalAllocatedBytes(precise: true) - bytes) / 1048576.0,
            (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds,
            (GC.GetTotalPauseDuration() - pause).TotalSeconds,
            $"{GC.CollectionCount(0) - gen0}/{GC.CollectionCount(1) - gen1}/{GC.CollectionCount(2) - gen2}");
    }

    /// <summary>One read: wall time, bytes allocated, the process's CPU time, GC pause time and collections (gen 0/1/2).</summary>
    private sealed record Run(double Seconds, double Megabytes, double CpuSeconds, double PauseSeconds, string Collections);

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
    }
}
