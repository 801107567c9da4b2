using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;

namespace Connectors.Benchmarks.Fleet;

/// <summary>The standalone sandbox as its own process, with the control endpoints the benchmark reads.</summary>
internal sealed class FleetSandboxProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly string _folder;

    private FleetSandboxProcess(Process process, string folder, Uri address)
    {
        _process = process;
        _folder = folder;
        Address = address;
        Http = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromMinutes(2) };
    }

    public Uri Address { get; }

    public HttpClient Http { get; }

    public static async Task<FleetSandboxProcess> StartAsync()
    {
        var folder = Directory.CreateTempSubdirectory("fleet-bench-sandbox-").FullName;
        var addressFile = Path.Combine(folder, "address");
        var start = new ProcessStartInfo("dotnet") { UseShellExecute = false, RedirectStandardOutput = true };
        foreach (var argument in new[] { FleetPaths.Sandbox, "--port", "0", "--address-file", addressFile, "--quiet" })
        {
            start.ArgumentList.Add(argument);
        }

        var process = Process.Start(start)!;
        _ = process.StandardOutput.ReadToEndAsync(); // drained, never read
        var waited = Stopwatch.StartNew();
        while (!File.Exists(addressFile) || new FileInfo(addressFile).Length == 0)
        {
            if (process.HasExited || waited.Elapsed > TimeSpan.FromSeconds(60))
            {
                throw new InvalidOperationException("The sandbox did not start.");
            }

            await Task.Delay(100);
        }

        await Task.Delay(100); // the file is written whole, but give its writer a moment to close it
        var address = new Uri((await File.ReadAllTextAsync(addressFile)).Trim());
        return new FleetSandboxProcess(process, folder, address);
    }

    /// <summary>Changes <paramref name="cases"/> cases of each firm, for a steady-state night.</summary>
    public async Task ChangeAsync(IEnumerable<string> firms, int cases)
    {
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = 4 };
        await Parallel.ForEachAsync(firms, parallel, async (firm, ct) =>
        {
            using var response = await Http.PostAsJsonAsync($"_sandbox/tenants/{firm}/changes", new { cases }, ct);
            response.EnsureSuccessStatusCode();
        });
    }

    /// <summary>Every tenant's counters summed: requests, 429s, refreshes, refresh reuses, writes.</summary>
    public async Task<SandboxCounters> StatsAsync()
    {
        using var stats = JsonDocument.Parse(await Http.GetStringAsync("_sandbox/stats"));
        var root = stats.RootElement;
        return new SandboxCounters(
            root.GetProperty("requests").GetInt64(),
            root.GetProperty("rateLimited").GetInt64(),
            root.GetProperty("refreshReuses").GetInt64(),
            root.GetProperty("writes").GetInt64());
    }

    /// <summary>The sandbox's working set and peak working set, in bytes.</summary>
    public async Task<(long WorkingSet, long Peak)> MemoryAsync()
    {
        using var memory = JsonDocument.Parse(await Http.GetStringAsync("_sandbox/process"));
        return (memory.RootElement.GetProperty("workingSet").GetInt64(), memory.RootElement.GetProperty("peakWorkingSet").GetInt64());
    }

    /// <summary>The sandbox's CPU time so far (read from here: it is this machine's child process).</summary>
    public TimeSpan CpuTime()
    {
        _process.Refresh();
        return _process.TotalProcessorTime;
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
        Directory.Delete(_folder, recursive: true);
    }
}

/// <summary>The sandbox's counters summed over every tenant (cumulative since it started).</summary>
internal sealed record SandboxCounters(long Requests, long RateLimited, long RefreshReuses, long Writes)
{
    public SandboxCounters Since(SandboxCounters before) => new(
        Requests - before.Requests, RateLimited - before.RateLimited, RefreshReuses - before.RefreshReuses, Writes - before.Writes);
}
