using System.Text.Json;

using Connectors.Tests.Shared;

namespace Fleet.Host.Tests.Failover;

/// <summary>
/// The standalone sandbox (<c>dotnet Connectors.Sandbox.dll --port 0 --address-file F</c>) that a fleet's nodes share,
/// read through its control endpoints: the write log and each tenant's counters.
/// </summary>
internal sealed class SandboxProcess : IAsyncDisposable
{
    private readonly ChildProcess _process;
    private readonly string _addressFile;
    private readonly HttpClient _http;

    private SandboxProcess(ChildProcess process, string addressFile, Uri baseAddress)
    {
        _process = process;
        _addressFile = addressFile;
        BaseAddress = baseAddress;
        _http = new HttpClient { BaseAddress = baseAddress, Timeout = TimeSpan.FromMinutes(1) };
    }

    public Uri BaseAddress { get; }

    public static async Task<SandboxProcess> StartAsync()
    {
        var addressFile = Path.Combine(Path.GetTempPath(), $"sandbox-{Guid.NewGuid():N}.address");
        var process = ChildProcess.Start(
            "sandbox",
            BuiltProgram.Dll("src", "Connectors.Sandbox"),
            ["--port", "0", "--address-file", addressFile, "--quiet"]);
        var waited = TimeSpan.Zero;
        while (!File.Exists(addressFile) || (await File.ReadAllTextAsync(addressFile)).Trim().Length == 0)
        {
            if (process.HasExited || waited > TimeSpan.FromSeconds(60))
            {
                var output = process.Tail();
                await process.DisposeAsync();
                throw new InvalidOperationException($"The sandbox did not start. Its output:\n{output}");
            }

            await Task.Delay(100);
            waited += TimeSpan.FromMilliseconds(100);
        }

        var address = (await File.ReadAllTextAsync(addressFile)).Trim();
        return new SandboxProcess(process, addressFile, new Uri(address.EndsWith('/') ? address : address + "/"));
    }

    /// <summary>Every write the sandbox applied, across tenants.</summary>
    public async Task<JsonElement> WritesAsync() => await GetJsonAsync("_sandbox/writes");

    /// <summary>One tenant's counters (requests, 429s, MyCase refreshes accepted and refused as reused).</summary>
    public async Task<JsonElement> StatsAsync(string tenant) => await GetJsonAsync($"_sandbox/tenants/{tenant}/stats");

    public async ValueTask DisposeAsync()
    {
        _http.Dispose();
        await _process.DisposeAsync();
        File.Delete(_addressFile);
    }

    private async Task<JsonElement> GetJsonAsync(string path)
    {
        using var response = await _http.GetAsync(new Uri(path, UriKind.Relative));
        response.EnsureSuccessStatusCode();
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return document.RootElement.Clone();
    }
}
