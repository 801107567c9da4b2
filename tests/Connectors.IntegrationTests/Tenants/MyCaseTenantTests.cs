using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text;

using Connectors.Core.Model;
using Connectors.Core.Windows;
using Connectors.Core.Writes;
using Connectors.IntegrationTests.MyCase;
using Connectors.MyCase;
using Connectors.Sandbox.MyCase;
using Connectors.Sandbox.Tenants;

using Microsoft.Extensions.DependencyInjection;

namespace Connectors.IntegrationTests.Tenants;

/// <summary>MyCase firms served side by side by one sandbox: their own secrets, data, writes and rate limit.</summary>
[Collection(MyCaseSerialTests.Name)]
public class MyCaseTenantTests
{
    [Fact]
    public async Task MyCase_tenants_refuse_each_others_client_secrets_and_access_tokens()
    {
        await using var sandbox = await TenantSandbox.StartAsync();
        var a = sandbox.Server.AddTenant(new SandboxTenantSpec("firm-a", "mycase"));
        var b = sandbox.Server.AddTenant(new SandboxTenantSpec("firm-b", "mycase"));
        using var http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false });
        var (accessA, _) = await MyCaseTenantOAuth.AuthorizeAsync(http, a);
        var (accessB, _) = await MyCaseTenantOAuth.AuthorizeAsync(http, b);

        using var ownA = await MyCaseTenantOAuth.GetAsync(http, a, "v1/cases", accessA);
        using var aAtB = await MyCaseTenantOAuth.GetAsync(http, b, "v1/cases", accessA);
        using var bAtA = await MyCaseTenantOAuth.GetAsync(http, a, "v1/cases", accessB);
        using var secretOfAAtB = await MyCaseTenantOAuth.TokenAsync(
            http,
            b,
            new() { ["grant_type"] = "refresh_token", ["refresh_token"] = "rt_x" },
            a.Credentials);

        Assert.NotEqual(a.Credentials.ClientSecret, b.Credentials.ClientSecret);
        Assert.NotEqual(a.Credentials.ClientId, b.Credentials.ClientId);
        Assert.Equal(HttpStatusCode.OK, ownA.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, aAtB.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, bAtA.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, secretOfAAtB.StatusCode);
    }

    [Fact]
    public async Task MyCase_tenants_have_their_own_data_and_write_logs_and_the_all_writes_view_names_the_tenant()
    {
        await using var sandbox = await TenantSandbox.StartAsync();
        var a = sandbox.Server.AddTenant(new SandboxTenantSpec("firm-a", "mycase", Cases: 40));
        var b = sandbox.Server.AddTenant(new SandboxTenantSpec("firm-b", "mycase", Cases: 60));
        using var http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false });
        var (accessA, _) = await MyCaseTenantOAuth.AuthorizeAsync(http, a);
        using var subscription = new HttpRequestMessage(HttpMethod.Post, new Uri(a.BaseAddress, "v1/webhooks/subscriptions"))
        {
            Content = new StringContent(
                """{"model":"case","url":"https://platform.example/hooks","actions":["updated"]}""",
                Encoding.UTF8,
                "application/json"),
        };
        subscription.Headers.Authorization = new("Bearer", accessA);
        using var subscribed = await http.SendAsync(subscription);

        Assert.Equal(HttpStatusCode.Created, subscribed.StatusCode);
        Assert.Equal(40, a.Sandbox<MyCaseSandbox>().Cases.Count);
        Assert.Equal(60, b.Sandbox<MyCaseSandbox>().Cases.Count);
        Assert.NotEqual(a.Seed, b.Seed); // seeds derived from the names: each firm its own data
        Assert.Single(a.Sandbox<MyCaseSandbox>().Subscriptions);
        Assert.Empty(b.Sandbox<MyCaseSandbox>().Subscriptions);
        Assert.All(a.Writes.Records, w => Assert.Equal("firm-a", w.Tenant));
        Assert.Contains(a.Writes.Records, w => w.Operation == "webhook-subscription");
        Assert.Empty(b.Writes.Records);
        Assert.Empty(sandbox.Server.Writes.Records); // the classic log stays the classic vendors'
        Assert.Equal(a.Writes.Records, sandbox.Server.AllWrites);
        Assert.Equal(1, a.Requests.Count("POST", "/mycase/v1/webhooks/subscriptions"));
        Assert.Equal(0, b.Requests.Count("POST", "/mycase/v1"));
    }

    [Fact]
    public async Task A_MyCase_tenant_of_1000_cases_is_read_whole_through_the_connector_following_its_own_Link_headers()
    {
        await using var sandbox = await TenantSandbox.StartAsync();
        var tenant = sandbox.Server.AddTenant(new SandboxTenantSpec("firm-0042", "mycase", Cases: 1000, Seed: 7));
        var connector = sandbox.Connect(tenant);
        await TenantSandbox.AuthorizeMyCaseAsync(connector);

        var read = new List<string>();
        await foreach (var item in connector.GetRequiredService<MyCaseCaseSource>().ReadCasesAsync(SyncWindow.Unbounded))
        {
            read.Add(item.Key.SourceId);
        }

        Assert.Equal(
            tenant.Sandbox<MyCaseSandbox>().Cases.Select(c => c.Id.ToString(CultureInfo.InvariantCulture)),
            read);
        Assert.Equal(4, tenant.Requests.Count("GET", "/mycase/v1/cases")); // 4 pages of 250: the Link pointed at the tenant
        Assert.Equal(new Uri(sandbox.Server.BaseAddress, "t/firm-0042/mycase/"), tenant.BaseAddress);
    }

    [Fact]
    public async Task A_MyCase_tenant_document_is_uploaded_through_the_presigned_URL_of_that_tenant()
    {
        await using var sandbox = await TenantSandbox.StartAsync();
        var tenant = sandbox.Server.AddTenant(new SandboxTenantSpec("firm-docs", "mycase", Cases: 10));
        var connector = sandbox.Connect(tenant);
        await TenantSandbox.AuthorizeMyCaseAsync(connector);
        var caseId = tenant.Sandbox<MyCaseSandbox>().Cases[2].Id;
        var writer = connector.GetRequiredService<ICaseDocumentWriter>();
        var key = new CaseKey(writer.SourceSystem, caseId.ToString(CultureInfo.InvariantCulture));

        var written = await writer.WriteDocumentAsync(key, new PlatformDocument("doc-1", "intake.pdf", "%PDF-1.7"u8.ToArray()));

        Assert.Equal(WriteResultKind.Written, written.Kind);
        Assert.Equal(1, Assert.Single(tenant.Sandbox<MyCaseSandbox>().DocumentsOf(caseId)).UploadedVersions);
        Assert.Equal(1, tenant.Requests.Count("PUT", "/mycase/s3/uploads/")); // the upload URL kept the tenant's path base
        Assert.Single(tenant.Writes.Of("mycase", "document-content"));
    }

    [Fact]
    public async Task A_MyCase_tenant_at_its_rate_limit_does_not_limit_another_tenant()
    {
        await using var sandbox = await TenantSandbox.StartAsync();
        var busy = sandbox.Server.AddTenant(new SandboxTenantSpec("busy", "mycase", Cases: 5));
        var quiet = sandbox.Server.AddTenant(new SandboxTenantSpec("quiet", "mycase", Cases: 5));
        using var http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false });
        var (busyToken, _) = await MyCaseTenantOAuth.AuthorizeAsync(http, busy);
        var (quietToken, _) = await MyCaseTenantOAuth.AuthorizeAsync(http, quiet);

        // Bursts of 40 at once until the busy firm gets its 429 (25 a second per firm); no timing is asserted.
        for (var burst = 0; burst < 50 && busy.Stats().RateLimited == 0; burst++)
        {
            var answers = await Task.WhenAll(
                Enumerable.Range(0, 40).Select(_ => MyCaseTenantOAuth.GetAsync(http, busy, "v1/firm", busyToken)));
            Array.ForEach(answers, a => a.Dispose());
        }

        using var quietAnswer = await MyCaseTenantOAuth.GetAsync(http, quiet, "v1/firm", quietToken);

        Assert.True(busy.Stats().RateLimited > 0);
        Assert.True(busy.Sandbox<MyCaseSandbox>().RateLimited > 0);
        Assert.Equal(HttpStatusCode.OK, quietAnswer.StatusCode);
        Assert.Equal(0, quiet.Stats().RateLimited);
    }

    [Fact]
    public async Task A_MyCase_refresh_token_spent_twice_is_refused_and_counted_as_a_reuse_in_the_tenant_stats()
    {
        await using var sandbox = await TenantSandbox.StartAsync();
        var tenant = sandbox.Server.AddTenant(new SandboxTenantSpec("firm-r", "mycase", Cases: 5));
        using var http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false });
        var (_, refresh) = await MyCaseTenantOAuth.AuthorizeAsync(http, tenant);

        using var first = await MyCaseTenantOAuth.TokenAsync(
            http,
            tenant,
            new() { ["grant_type"] = "refresh_token", ["refresh_token"] = refresh });
        using var second = await MyCaseTenantOAuth.TokenAsync(
            http,
            tenant,
            new() { ["grant_type"] = "refresh_token", ["refresh_token"] = refresh });
        using var unknown = await MyCaseTenantOAuth.TokenAsync(
            http,
            tenant,
            new() { ["grant_type"] = "refresh_token", ["refresh_token"] = "rt_never_issued" });

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, second.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        var stats = tenant.Stats();
        Assert.Equal((1, 1), (stats.Refreshes, stats.RefreshReuses)); // the unknown token is refused, not counted as a reuse
        Assert.Equal(5, stats.Requests); // the authorize redirect, the code exchange, three refresh grants
        var fleet = await http.GetFromJsonAsync<SandboxTenantStats>(new Uri(sandbox.Server.BaseAddress, "_sandbox/stats"));
        Assert.Equal(stats, fleet); // the one tenant is the whole fleet
    }
}
