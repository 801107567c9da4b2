using Connectors.Core.Planning;
using Connectors.Core.Stages;
using Connectors.Core.Windows;
using Connectors.Sandbox;
using Connectors.Sandbox.SmartAdvocate;
using Connectors.SmartAdvocate;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

namespace Connectors.IntegrationTests.Resumption;

internal sealed class SmartAdvocateResumeFlow : IResumeFlow
{
    public string Connector => "SmartAdvocate";

    public async Task<ResumeSubject> StartAsync(CancellationPoint point)
    {
        var vendor = new SmartAdvocateSandbox(new SmartAdvocateSandboxOptions());
        var clock = new NodaTime.Testing.FakeClock(Instant.FromUtc(2026, 11, 24, 15, 0));
        var server = await SandboxServer.StartAsync(new SandboxOptions { Vendors = [vendor], Clock = clock });
        var services = new ServiceCollection();
        services.AddSingleton<IClock>(clock);
        services.ConfigureHttpClientDefaults(b => b.AddHttpMessageHandler(() => new TickHandler(point)));
        services.AddSmartAdvocate(o =>
        {
            o.BaseAddress = server.BaseAddressOf(SmartAdvocateSandbox.Prefix);
            o.Username = vendor.Options.Username;
            o.Password = vendor.Options.Password;
            o.ClientKey = vendor.Options.ClientKey;
            o.RetryBaseDelay = TimeSpan.Zero;
            o.StageSubStatusTypes = ["Treatment Status"];
            o.DefaultAttorneyEmail = "lead.attorney@sandbox-firm.example";
        });
        var provider = services.BuildServiceProvider();
        string[] stages = ["Intake", "Treatment", "Treatment Completed", "Litigation", "Settled"];
        var settings = new SyncRequest
        {
            Tenant = "firm",
            SourceSystem = "smartadvocate",
            Now = default,
            Window = SyncWindow.Unbounded,
            Source = [],
            Target = [],
            Stages = new StageCatalog(
            [
                new PracticeAreaStages("Auto Accident", stages),
                new PracticeAreaStages("Slip and Fall", stages),
                new PracticeAreaStages("Medical Malpractice", ["Intake", "Investigation", "Litigation", "Settled"]),
            ]),
            StageMap = new StageMap([new StageOverride("Treating", "Treatment"), new StageOverride("Released From Treatment", "Treatment Completed")]),
            KnownAttorneys = ["lead.attorney@sandbox-firm.example"],
        };
        return new ResumeSubject(provider.GetRequiredService<SmartAdvocateCaseSource>(), settings, new Resources(provider, server));
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
