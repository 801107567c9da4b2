using System.Diagnostics;
using System.Globalization;

using Connectors.Sandbox;

namespace Connectors.Benchmarks.Load;

/// <summary>
/// Peak working set of a full read of N cases per connector, each in a fresh child process, against a sandbox in
/// this process. Prints a Markdown table for docs/performance.md.
/// </summary>
internal static class LoadRun
{
    private static readonly ILoadTarget[] Targets = [
        new CasePeerLoadTarget(),
        new MyCaseLoadTarget(),
        new CaseXchangeLoadTarget(),
        new SmartAdvocateLoadTarget()];

    public static async Task<int> RunAsync(string[] args)
    {
        int[] sizes = args.Length > 0 ? [.. args.Select(a => int.Parse(a, CultureInfo.InvariantCulture))] : [10_000, 100_000];
        Console.WriteLine("| Connector | Cases | Read | Peak working set | vs smallest |");
        Console.WriteLine("|---|---:|---:|---:|---:|");
        foreach (var target in Targets)
        {
            double? first = null;
            foreach (var size in sizes)
            {
                var vendor = target.CreateVendor(size);
                await using var server = await SandboxServer.StartAsync(new SandboxOptions { Vendors = [vendor] });
                var (count, peak, seconds) = await ChildAsync(target.Connector, target.ChildArguments(server, vendor));
                var mb = peak / 1024.0 / 1024.0;
                first ??= mb;
                Console.WriteLine(string.Create(
                    CultureInfo.InvariantCulture,
                    $"| {target.Connector} | {count:N0} | {seconds:F1} s | {mb:F0} MB | {mb / first.Value:F2}x |"));
            }
        }

        return 0;
    }

    private static async Task<(long Count, long Peak, double Seconds)> ChildAsync(string connector, IReadOnlyList<string> arguments)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, UseShellExecute = false };
        start.ArgumentList.Add(typeof(LoadRun).Assembly.Location);
        start.ArgumentList.Add(LoadChild.Verb);
        start.ArgumentList.Add(connector);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var child = Process.Start(start)!;
        var output = await child.StandardOutput.ReadToEndAsync();
        await child.WaitForExitAsync();
        var parts = output.Trim().Split('\n')[^1].Split(' ');
        return (
            long.Parse(parts[0], CultureInfo.InvariantCulture),
            long.Parse(parts[2], CultureInfo.InvariantCulture),
            double.Parse(parts[3], CultureInfo.InvariantCulture));
    }
}
