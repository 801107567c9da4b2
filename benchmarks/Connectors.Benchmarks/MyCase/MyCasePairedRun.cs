using System.Diagnostics;
using System.Globalization;
using Connectors.Core.Windows;
using Connectors.MyCase;
using Connectors.Sandbox.MyCase;
using Microsoft.Extensions.DependencyInjection;

namespace Connectors.Benchmarks.MyCase;

/// <summary>
/// The overhead comparison of <see cref="MyCaseReadBenchmarks"/> measured in pairs: the raw baseline and the SDK read
/// the same 100,000 cases back to back, in alternating order, N times in one process, and each pair gives one time and
/// one allocation ratio. On a shared machine whose speed drifts by tens of percent between minutes (and between
/// BenchmarkDotNet launches), the two halves of a pair see the same conditions; the median of the pairs is the
/// figure. Allocations are process-wide (sandbox included), as BenchmarkDotNet counts them.
/// </summary>
internal static class MyCasePairedRun
{
    public const string Verb = "mycase-paired";

    public static async Task<int> RunAsync(string[] args)
    {
        var cases = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 100_000;
        var pairs = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 10;
        await using var bench = await MyCaseBench.StartAsync(cases, sandboxRequestsPerSecond: 0, clientRequestsPerSecond: int.MaxValue);
        var source = bench.Services.GetRequiredService<MyCaseCaseSource>();
        using var raw = new RawMyCaseReader(bench.ApiBase, bench.AccessToken);

        async Task<long> Sdk()
        {
            long count = 0;
            await foreach (var _ in source.ReadCasesAsync(SyncWindow.Unbounded))
            {
                count++;
            }

            return count;
        }

        Task<long> Raw() => raw.ReadAllAsync(MyCaseSandbox.MaxPageSize, deserialize: true, CancellationToken.None);

        // Warm both paths (JIT, connections, tiering) before anything is kept.
        for (var i = 0; i < 2; i++)
        {
            await Raw();
            await Sdk();
        }

        var timeRatios = new List<double>();
        var byteRatios = new List<double>();
        Console.WriteLine("| Pair | Order | Raw | SDK | Time ratio | Raw MB | SDK MB | Alloc ratio |");
        Console.WriteLine("|---:|---|---:|---:|---:|---:|---:|---:|");
        for (var pair = 1; pair <= pairs; pair++)
        {
            var sdkFirst = pair % 2 == 0;
            var first = await MeasureAsync(sdkFirst ? Sdk : Raw);
            var second = await MeasureAsync(sdkFirst ? Raw : Sdk);
            var (rawRun, sdkRun) = sdkFirst ? (second, first) : (first, second);
            timeRatios.Add(sdkRun.Seconds / rawRun.Seconds);
            byteRatios.Add(sdkRun.Megabytes / rawRun.Megabytes);
            Console.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"| {pair} | {(sdkFirst ? "SDK, raw" : "raw, SDK")} | {rawRun.Seconds:F3} s | {sdkRun.Seconds:F3} s | {timeRatios[^1]:F2} | {rawRun.Megabytes:F0} | {sdkRun.Megabytes:F0} | {byteRatios[^1]:F2} |"));
        }

        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"Median of {pairs} pairs: time {Median(timeRatios):F2}x, allocated {Median(byteRatios):F2}x (targets 1.15x and 1.5x)"));
        return 0;
    }

    private static async Task<(double Seconds, double Megabytes)> MeasureAsync(Func<Task<long>> read)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        var bytes = GC.GetTotalAllocatedBytes(precise: true);
        var clock = Stopwatch.StartNew();
        _ = await read();
        clock.Stop();
        return (clock.Elapsed.TotalSeconds, (GC.GetTotalAllocatedBytes(precise: true) - bytes) / 1048576.0);
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
    }
}
