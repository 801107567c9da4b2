using System.Globalization;

using Connectors.CasePeer;
using Connectors.CaseXchange;
using Connectors.Core.Model;
using Connectors.Core.Windows;
using Connectors.Core.Writes;
using Connectors.Sandbox.CasePeer;
using Connectors.Sandbox.CaseXchange;
using Connectors.Sandbox.SmartAdvocate;
using Connectors.Sandbox.Tenants;
using Connectors.SmartAdvocate;

using Microsoft.Extensions.DependencyInjection;

namespace Connectors.IntegrationTests.Tenants;

/// <summary>A CASEpeer, a SmartAdvocate and a Case Xchange tenant each read and written through its real connector.</summary>
public class VendorTenantTests
{
    private static async Task<List<string>> ReadAsync(IAsyncEnumerable<SourceCase> cases)
    {
        var ids = new List<string>();
        await foreach (var item in cases)
        {
            ids.Add(item.Key.SourceId);
        }

        return ids;
    }

    [Fact]
    public async Task A_CasePeer_tenant_is_read_and_written_through_the_connector_and_its_neighbour_is_untouched()
    {
        await using var sandbox = await TenantSandbox.StartAsync();
        var tenant = sandbox.Server.AddTenant(new SandboxTenantSpec("pi-firm", "casepeer", Cases: 60));
        var neighbour = sandbox.Server.AddTenant(new SandboxTenantSpec("pi-firm-2", "casepeer", Cases: 60));
        var connector = sandbox.Connect(tenant);
        var caseId = tenant.Sandbox<CasePeerSandbox>().Cases[3].Id.ToString(CultureInfo.InvariantCulture);

        var read = await ReadAsync(connector.GetRequiredService<CasePeerCaseSource>().ReadCasesAsync(SyncWindow.Unbounded));
        var written = await connector.GetRequiredService<ICaseNoteWriter>()
            .WriteNoteAsync(new PlatformMessage("m-1", new CaseKey("casepeer", caseId), "Your deposition is on Friday."));

        Assert.True(read.Count >= 60); // the seed lists a case twice now and then, as CASEpeer does
        Assert.Equal(WriteResultKind.Written, written.Kind);
        var note = Assert.Single(tenant.Writes.Of("casepeer", "note"));
        Assert.Equal((caseId, "pi-firm"), (note.ResourceId, note.Tenant));
        Assert.Empty(neighbour.Writes.Records);
        Assert.Equal(0, neighbour.Stats().Requests);
    }

    [Fact]
    public async Task A_SmartAdvocate_tenant_is_read_and_written_through_the_connector()
    {
        await using var sandbox = await TenantSandbox.StartAsync();
        var tenant = sandbox.Server.AddTenant(new SandboxTenantSpec("sa-firm", "smartadvocate", Cases: 20));
        sandbox.Server.AddTenant(new SandboxTenantSpec("sa-firm-2", "smartadvocate"));
        var connector = sandbox.Connect(tenant);

        var read = await ReadAsync(connector.GetRequiredService<SmartAdvocateCaseSource>().ReadCasesAsync(SyncWindow.Unbounded));
        var written = await connector.GetRequiredService<ICaseNoteWriter>()
            .WriteNoteAsync(new PlatformMessage("m-1", new CaseKey("smartadvocate", "1003"), "Settlement offer received."));

        Assert.Equal(tenant.Sandbox<SmartAdvocateSandbox>().Cases.Count, read.Count);
        Assert.Equal(WriteResultKind.Written, written.Kind);
        Assert.Equal("sa-firm", Assert.Single(tenant.Writes.Of(SmartAdvocateSandbox.Prefix, "note")).Tenant);
        Assert.Single(tenant.Sandbox<SmartAdvocateSandbox>().Cases.Single(c => c.CaseId == 1003).Notes, n => n.EndsWith(
            "] Settlement offer received.",
            StringComparison.Ordinal));
        Assert.Empty(sandbox.Server.Tenant("sa-firm-2")!.Writes.Records);
    }

    [Fact]
    public async Task A_Case_Xchange_tenant_is_read_and_written_through_the_connector()
    {
        await using var sandbox = await TenantSandbox.StartAsync();
        var tenant = sandbox.Server.AddTenant(new SandboxTenantSpec("referrals", "casexchange", Cases: 15));
        var connector = sandbox.Connect(tenant);
        var client = connector.GetRequiredService<CaseXchangeClient>();

        var firm = await client.CheckKeyAsync();
        var sent = new List<string>();
        await foreach (var item in client.ReadSentCasesAsync())
        {
            sent.Add(item.Id);
        }

        var referral = tenant.Sandbox<CaseXchangeSandbox>().SentCases[0].Id;
        var written = await connector.GetRequiredService<ICaseNoteWriter>()
            .WriteNoteAsync(new PlatformMessage("m-1", new CaseKey("casexchange", referral), "Records attached."));

        Assert.Equal("Sandbox firm referrals", firm.Name);
        Assert.Equal(15, sent.Count);
        Assert.Equal(WriteResultKind.Written, written.Kind);
        Assert.Equal("referrals", Assert.Single(tenant.Writes.Of("casexchange", "message")).Tenant);
    }
}
