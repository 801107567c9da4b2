using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;

using Connectors.Sandbox.Tenants;

namespace Connectors.IntegrationTests.Tenants;

/// <summary>The standalone sandbox as a parent process (the fleet host's tests, the benchmark) starts it.</summary>
public class StandaloneSandboxTests
{
    [Fact]
    public async Task The_standalone_sandbox_on_port_0_writes_its_address_file_and_serves_tenants_created_over_HTTP()
    {
        var folder = Directory.CreateTempSubdirectory("sandbox-address-");
        var addressFile = Path.Combine(folder.FullName, "address.txt");
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in new[]
        {
            Path.Combine(AppContext.BaseDirectory, "Connectors.Sandbox.dll"), "--port", "0", "--address-file", addressFile, "--quiet",
        })
        {
            start.ArgumentList.Add(argument);
        }

        using var sandbox = Process.Start(start)!;
        var output = sandbox.StandardOutput.ReadToEndAsync();
        try
        {
            // Waits for the file, not for a time: the guard only stops a broken start from hanging the run.
            using var stop = new CancellationTokenSource(TimeSpan.FromMinutes(2));
            while (!File.Exists(addressFile))
            {
                Assert.False(sandbox.HasExited, "The sandbox exited before it wrote its address.");
                await Task.Delay(50, stop.Token);
            }

            var lines = await File.ReadAllLinesAsync(addressFile);
            using var http = new HttpClient { BaseAddress = new Uri(Assert.Single(lines)) };
            using var put = await http.PutAsJsonAsync("_sandbox/tenants/firm-0001", new { vendor = "mycase", cases = 1000 });
            using var login = await http.GetAsync("t/firm-0001/mycase/v1/cases");
            var stats = await http.GetFromJsonAsync<SandboxTenantStats>("_sandbox/tenants/firm-0001/stats");

            Assert.Equal(HttpStatusCode.OK, put.StatusCode);
            Assert.Equal(HttpStatusCode.Unauthorized, login.StatusCode); // served by the tenant: no token yet
            Assert.Equal(1, stats!.Requests);
            Assert.NotEqual(0, http.BaseAddress.Port); // port 0 asked for a free port; the file names the one taken
        }
        finally
        {
            sandbox.Kill(entireProcessTree: true);
            await sandbox.WaitForExitAsync();
            folder.Delete(recursive: true);
        }

        Assert.DoesNotContain("Sandbox listening", await output, StringComparison.Ordinal); // --quiet: no banner
    }
}
