using Connectors.CasePeer;
using Connectors.Core.Planning;
using Connectors.Core.Stages;
using Connectors.Core.Windows;
using Connectors.Sandbox;
using Connectors.Sandbox.CasePeer;

using Microsoft.Extensions.DependencyInjection;

using NodaTime;

namespace Connectors.IntegrationTests.Resumption;

internal sealed class CasePeerResumeFlow : IResumeFlow
{
    public string Connector => "CASEpeer";

    public async Task<ResumeSubject> StartAsync(CancellationPoint point)
    {
        var vendor = new CasePeerSandbox(new CasePeerSandboxOptions { Cases = 40 });
        var server = await SandboxServer.StartAsync(new SandboxOptions { Vendors = [vendor] });
        var services = new ServiceCollection();
        services.ConfigureHttpClientDefaults(b => b.AddHttpMessageHandler(() => new TickHandler(point)));
        services.AddCasePeer(o =>
        {
            o.BaseAddress = server.BaseAddressOf(vendor.PathPrefix);
            o.ApiKey = vendor.Options.ApiKey;
            o.RetryBaseDelay = TimeSpan.Zero;
            o.PageSize = 4;
        });
        var provider = services.BuildServiceProvider();
        var settings = new SyncRequest
        {
            Tenant = "firm",
            SourceSystem = "casepeer",
            Now = default,
            Window = SyncWindow.Unbounded,
            Source = [],
            Target = [],
            Stages = new StageCatalog(CasePeerSeedData.Statuses.Select(s => new PracticeAreaStages(s.Key, s.Value))),
            KnownAttorneys = CasePeerSeedData.Attorneys.Take(3).Select(a => a.Email!).ToList(),
        };
        return new ResumeSubject(provider.GetRequiredService<CasePeerCaseSource>(), settings, new Resources(provider, server))
        {
            Change = (step, at, ids) =>
            {
                var cases = vendor.Cases.ToDictionary(c => c.Id.ToString(System.Globalization.CultureInfo.InvariantCulture));
                foreach (var (id, role) in ResumeChanges.Roles(step, ids))
                {
                    var item = cases[id];
                    var statuses = CasePeerSeedData.Statuses.GetValueOrDefault(item.CaseType) ?? [];
                    var next = Array.IndexOf(statuses, item.Status) is var i and >= 0 && i + 1 < statuses.Length ? statuses[i + 1] : statuses.FirstOrDefault(s => s != item.Status);
                    vendor.UpdateCase(item.Id, at, status: role == ResumeChange.Update ? next : null, closed: role switch { ResumeChange.Close => true, ResumeChange.Reopen => false, _ => null });
                }
            },
        };
    }

    private sealed class Resources(ServiceProvider provider, SandboxServer server) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            await provider.DisposeAsync();
            await server.DisposeAsync();
        }
    }
}
