using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

using Connectors.Sandbox.Tenants;

namespace Connectors.IntegrationTests.Tenants;

/// <summary>The standalone sandbox as a parent process (the fleet host's tests, the benchmark) starts it.</summary>
public class StandaloneSandboxTests
{
    private static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web);

    private sealed record TenantAnswer(string Name, string Vendor, Uri BaseAddress, SandboxTenantCredentials Credentials);

    private static async Task<TenantAnswer> PutAsync(HttpClient http, string name, object body)
    {
        using var put = await http.PutAsJsonAsync($"_sandbox/tenants/{name}", body);
        Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        return (await put.Content.ReadFromJsonAsync<TenantAnswer>(Web))!;
    }

    private static async Task<HttpStatusCode> SendAsync(
        HttpClient http,
        HttpMethod method,
        Uri uri,
        string? header,
        string? key,
        object? body)
    {
        using var request = new HttpRequestMessage(method, uri) { Content = body is null ? null : JsonContent.Create(body) };
        if (header is not null)
        {
            request.Headers.Add(header, key);
        }

        using var response = await http.SendAsync(request);
        return response.StatusCode;
    }

    [Fact]
    public async Task The_standalone_sandbox_on_port_0_writes_its_address_file_and_serves_a_tenant_of_every_vendor()
    {
        var folder = Directory.CreateTempSubdirectory("sandbox-address-");
        var addressFile = Path.Combine(folder.FullName, "address.txt");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
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
            using var http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false })
            {
                BaseAddress = new Uri(Assert.Single(lines)),
            };
            var myCase = await PutAsync(http, "firm-0001", new { vendor = "mycase", cases = 1000 });
            var casePeer = await PutAsync(http, "firm-0002", new { vendor = "casepeer" });
            var caseXchange = await PutAsync(http, "firm-0003", new { vendor = "casexchange" });
            var smartAdvocate = await PutAsync(http, "firm-0004", new { vendor = "smartadvocate" });
            var (access, _) = await MyCaseTenantOAuth.AuthorizeAsync(http, myCase.BaseAddress, myCase.Credentials);
            using var page = await MyCaseTenantOAuth.GetAsync(http, myCase.BaseAddress, "v1/cases?page_size=1000", access);
            var cases = await page.Content.ReadFromJsonAsync<JsonElement>();
            var stats = await http.GetFromJsonAsync<SandboxTenantStats>("_sandbox/tenants/firm-0001/stats");

            Assert.NotEqual(0, http.BaseAddress.Port); // port 0 asked for a free port; the file names the one taken
            Assert.Equal(1000, cases.GetArrayLength());
            Assert.Equal(3, stats!.Requests);
            Assert.Equal(HttpStatusCode.OK, await SendAsync(
                http, HttpMethod.Get, new Uri(casePeer.BaseAddress, "api/v1/cases"), "X-API-Key", casePeer.Credentials.ApiKey, null));
            Assert.Equal(HttpStatusCode.Unauthorized, await SendAsync(
                http, HttpMethod.Get, new Uri(casePeer.BaseAddress, "api/v1/cases"), "X-API-Key", caseXchange.Credentials.ApiKey, null));
            Assert.Equal(HttpStatusCode.OK, await SendAsync(
                http,
                HttpMethod.Get,
                new Uri(caseXchange.BaseAddress, "api/public/v1/firms/me"),
                "X-API-Key",
                caseXchange.Credentials.ApiKey,
                null));
            Assert.Equal(HttpStatusCode.OK, await SendAsync(
                http,
                HttpMethod.Post,
                new Uri(smartAdvocate.BaseAddress, "CaseSyncAPI/Users/authenticate"),
                null,
                null,
                new Dictionary<string, string?>
                {
                    ["Username"] = smartAdvocate.Credentials.Username,
                    ["Password"] = smartAdvocate.Credentials.Password,
                }));
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
