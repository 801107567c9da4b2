using System.Diagnostics;
using System.Globalization;

using Connectors.Core.Windows;
using Connectors.MyCase;
using Connectors.Sandbox.MyCase;

using Microsoft.Extensions.DependencyInjection;

namespace Connectors.Benchmarks.MyCase;

/// <summary>
/// One reader only, the raw baseline or the SDK, reading 100,000 cases N times in this process: a workload to run
/// under a profiler (<c>dotnet-trace collect -- dotnet Connectors.Benchmarks.dll mycase-repeat sdk 6</c>), so that a
/// trace of each side can be compared frame by frame.
/// </summary>
internal static class MyCaseRepeatRun
{
    public const string Verb = "mycase-repeat";

    public static async Task<int> RunAsync(string[] args)
    {
        var sdk = args.Length == 0 || args[0] != "raw";
        var times = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 6;
        await using var bench = await MyCaseBench.StartAsync(100_000, sandboxRequestsPerSecond: 0, clientRequestsPerSecond: int.MaxValue);
        using var raw = new RawMyCaseReader(bench.ApiBase, bench.AccessToken);
        var source = bench.Services.GetRequiredService<MyCaseCaseSource>();
        for (var i = 1; i <= times; i++)
        {
            var clock = Stopwatch.StartNew();
            var count = sdk
                ? await MyCaseBench.CountAsync(source.ReadCasesAsync(SyncWindow.Unbounded))
                : await raw.ReadAllAsync(MyCaseSandbox.MaxPageSize, deserialize: true, CancellationToken.None);
            Console.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"{(sdk ? "SDK" : "raw")} read {i}: {count} cases in {clock.Elapsed.TotalSeconds:F3} s"));
        }

        return 0;
    }
}
