using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

using Connectors.Sandbox.Faults;
using Connectors.Sandbox.Recording;
using Connectors.Sandbox.Tenants;

namespace Connectors.IntegrationTests.Tenants;

/// <summary>Adding and finding tenants, their credentials, and the control endpoints out-of-process users call.</summary>
public class SandboxTenantTests
{
    [Fact]
    public async Task AddTenant_is_idempotent_and_refuses_another_vendor_under_the_same_name()
    {
        await using var sandbox = await TenantSandbox.StartAsync();

        var first = sandbox.Server.AddTenant(new SandboxTenantSpec("firm-1", "casepeer"));
        var again = sandbox.Server.AddTenant(new SandboxTenantSpec("firm-1", "casepeer", Cases: 5));
        var other = sandbox.Server.AddTenant(new SandboxTenantSpec("firm-2", "casepeer"));
        var refused = Assert.Throws<ArgumentException>(() => sandbox.Server.AddTenant(new SandboxTenantSpec("firm-1", "mycase")));

        Assert.Same(first, again);
        Assert.Equal(first.Credentials, again.Credentials);
        Assert.NotEqual(first.Credentials.ApiKey, other.Credentials.ApiKey);
        Assert.Same(first, sandbox.Server.Tenant("firm-1"));
        Assert.Null(sandbox.Server.Tenant("firm-3"));
        Assert.Equal(["firm-1", "firm-2"], sandbox.Server.Tenants.Select(t => t.Name));
        Assert.Contains("casepeer", refused.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("", "mycase")]
    [InlineData("Firm-1", "mycase")]
    [InlineData("firm_1", "mycase")]
    [InlineData("firm/1", "mycase")]
    [InlineData("firm-1", "clio")]
    public async Task AddTenant_refuses_a_name_outside_a_z_0_9_dash_or_an_unknown_vendor(string name, string vendor)
    {
        await using var sandbox = await TenantSandbox.StartAsync();

        Assert.Throws<ArgumentException>(() => sandbox.Server.AddTenant(new SandboxTenantSpec(name, vendor)));
        Assert.Throws<ArgumentException>(() => sandbox.Server.AddTenant(new SandboxTenantSpec(new string('a', 65), "mycase")));
        Assert.Empty(sandbox.Server.Tenants);
    }

    [Fact]
    public void Tenant_credentials_print_their_identifiers_and_never_their_secrets()
    {
        var credentials = new SandboxTenantCredentials
        {
            ApiKey = "key-secret-1",
            ClientId = "client-9",
            ClientSecret = "client-secret-2",
            Username = "firm.user",
            Password = "password-secret-3",
            ClientKey = "clientkey-secret-4",
            RedirectUri = new Uri("http://127.0.0.1/cb"),
        };

        var text = credentials.ToString();

        Assert.Contains("client-9", text, StringComparison.Ordinal);
        Assert.Contains("firm.user", text, StringComparison.Ordinal);
        Assert.DoesNotContain("secret", text, StringComparison.Ordinal);
        Assert.Equal("SandboxTenantCredentials { }", new SandboxTenantCredentials().ToString());
    }

    [Fact]
    public async Task The_control_endpoints_create_a_tenant_over_HTTP_and_answer_its_writes_and_stats()
    {
        await using var sandbox = await TenantSandbox.StartAsync();
        using var http = new HttpClient { BaseAddress = sandbox.Server.BaseAddress };

        using var put = await http.PutAsJsonAsync("_sandbox/tenants/firm-0007", new { vendor = "casepeer", cases = 30, seed = 7 });
        using var again = await http.PutAsJsonAsync("_sandbox/tenants/firm-0007", new { vendor = "casepeer" });
        using var clash = await http.PutAsJsonAsync("_sandbox/tenants/firm-0007", new { vendor = "mycase" });
        var created = JsonDocument.Parse(await put.Content.ReadAsStringAsync()).RootElement;
        var key = created.GetProperty("credentials").GetProperty("apiKey").GetString()!;
        var baseAddress = new Uri(created.GetProperty("baseAddress").GetString()!);
        using var note = new HttpRequestMessage(HttpMethod.Post, new Uri(baseAddress, "api/v1/cases/1003/notes"))
        {
            Content = JsonContent.Create(new { note = "Called the client.", author_email = "a@example.com" }),
        };
        note.Headers.Add("X-API-Key", key);
        note.Headers.Add("Idempotency-Key", "note-1");
        using var written = await http.SendAsync(note);
        var writes = await http.GetFromJsonAsync<List<WriteRecord>>("_sandbox/tenants/firm-0007/writes");
        var all = await http.GetFromJsonAsync<List<WriteRecord>>("_sandbox/writes");
        var stats = await http.GetFromJsonAsync<SandboxTenantStats>("_sandbox/tenants/firm-0007/stats");
        var one = await http.GetFromJsonAsync<JsonElement>("_sandbox/tenants/firm-0007");
        var list = await http.GetFromJsonAsync<JsonElement>("_sandbox/tenants");
        var process = await http.GetFromJsonAsync<JsonElement>("_sandbox/process");
        using var missing = await http.GetAsync("_sandbox/tenants/firm-9999/stats");
        using var unserved = await http.GetAsync("t/firm-9999/casepeer/api/v1/cases");

        Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        Assert.Equal(("firm-0007", "casepeer", 7), (
            created.GetProperty("name").GetString(),
            created.GetProperty("vendor").GetString(),
            created.GetProperty("seed").GetInt32()));
        Assert.Equal(new Uri(sandbox.Server.BaseAddress, "t/firm-0007/casepeer/"), baseAddress);
        Assert.Equal(await put.Content.ReadAsStringAsync(), await again.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.BadRequest, clash.StatusCode);
        Assert.Equal(HttpStatusCode.Created, written.StatusCode);
        var write = Assert.Single(writes!);
        Assert.Equal(("casepeer", "note", "1003", "firm-0007"), (write.Vendor, write.Operation, write.ResourceId, write.Tenant));
        Assert.Equal(writes, all);
        Assert.Equal(new SandboxTenantStats(1, 0, 0, 0, 1), stats);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unserved.StatusCode);
        Assert.Equal(key, one.GetProperty("credentials").GetProperty("apiKey").GetString());
        Assert.Equal("firm-0007", Assert.Single(list.EnumerateArray()).GetProperty("name").GetString());
        Assert.Equal((1, 1), (process.GetProperty("tenants").GetInt32(), process.GetProperty("tenantsServed").GetInt32()));
        Assert.True(process.GetProperty("workingSet").GetInt64() > 0);
    }

    [Fact]
    public async Task A_tenant_day_of_changes_moves_the_picked_cases_update_time_to_now_and_the_same_seed_picks_the_same_cases()
    {
        await using var sandbox = await TenantSandbox.StartAsync();
        var myCase = sandbox.Server.AddTenant(new SandboxTenantSpec("firm-m", "mycase", Cases: 200));
        var casePeer = sandbox.Server.AddTenant(new SandboxTenantSpec("firm-c", "casepeer", Cases: 50));
        var smartAdvocate = sandbox.Server.AddTenant(new SandboxTenantSpec("firm-s", "smartadvocate", Cases: 30));
        var caseXchange = sandbox.Server.AddTenant(new SandboxTenantSpec("firm-x", "casexchange"));
        using var http = new HttpClient { BaseAddress = sandbox.Server.BaseAddress };
        sandbox.Clock.Advance(NodaTime.Duration.FromDays(1));

        var changed = myCase.ChangeCases(2, seed: 5);
        var again = myCase.ChangeCases(2, seed: 5);
        using var overHttp = await http.PostAsJsonAsync("_sandbox/tenants/firm-c/changes", new { cases = 3 });
        var changedOverHttp = (await overHttp.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("changed");
        var dialer = smartAdvocate.ChangeCases(4);
        using var refused = await http.PostAsJsonAsync("_sandbox/tenants/firm-x/changes", new { cases = 1 });

        var now = sandbox.Clock.GetCurrentInstant().ToDateTimeOffset();
        Assert.Equal(changed, again); // the same seed picks the same cases
        Assert.Equal(2, changed.Distinct().Count());
        Assert.Equal(
            changed.Order(),
            myCase.Sandbox<Connectors.Sandbox.MyCase.MyCaseSandbox>().Cases.Where(c => c.UpdatedAt == now).Select(c => c.Id.ToString(
                System.Globalization.CultureInfo.InvariantCulture)).Order());
        Assert.Equal(3, changedOverHttp.GetArrayLength());
        Assert.Equal(3, casePeer.Sandbox<Connectors.Sandbox.CasePeer.CasePeerSandbox>().Cases.Where(c => c.UpdatedAt == now)
            .Select(c => c.Id).Distinct().Count());
        Assert.Equal(4, dialer.Count);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Throws<ArgumentException>(() => caseXchange.ChangeCases(1));
    }

    [Fact]
    public async Task A_server_fault_rule_reaches_a_tenant_below_its_path_base_in_the_vendors_error_shape_and_counts_in_its_stats()
    {
        await using var sandbox = await TenantSandbox.StartAsync();
        var tenant = sandbox.Server.AddTenant(new SandboxTenantSpec("firm-f", "casepeer", Cases: 10));
        sandbox.Server.Faults.Add(new FaultRule { Kind = FaultKind.RateLimited, PathPrefix = "/casepeer/api/v1/cases", OnRequests = [1] });
        using var http = new HttpClient();
        http.DefaultRequestHeaders.Add("X-API-Key", tenant.Credentials.ApiKey);

        using var first = await http.GetAsync(new Uri(tenant.BaseAddress, "api/v1/cases"));
        using var second = await http.GetAsync(new Uri(tenant.BaseAddress, "api/v1/cases"));

        Assert.Equal(HttpStatusCode.TooManyRequests, first.StatusCode);
        Assert.True(JsonDocument.Parse(await first.Content.ReadAsStringAsync()).RootElement.TryGetProperty("detail", out _));
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Equal(new SandboxTenantStats(2, 1, 0, 0, 0), tenant.Stats());
        Assert.Equal(2, tenant.Requests.Count("GET", "/casepeer/api/v1/cases"));
        Assert.Equal(0, sandbox.Server.Context.Requests.Count("GET", "/")); // the classic request log saw none of it
    }
}
