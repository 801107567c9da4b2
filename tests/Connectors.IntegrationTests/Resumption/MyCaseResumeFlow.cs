using Connectors.Core.Planning;
using Connectors.Core.Windows;
using Connectors.IntegrationTests.MyCase;
using Connectors.MyCase;
using Connectors.Sandbox;
using Connectors.Sandbox.MyCase;

using Microsoft.Extensions.DependencyInjection;

using NodaTime;
using NodaTime.Testing;

namespace Connectors.IntegrationTests.Resumption;

/// <summary>MyCase, authorized once before the run (the cancellation points then fall on the sync's own requests).</summary>
internal sealed class MyCaseResumeFlow : IResumeFlow
{
    public string Connector => "MyCase";

    public async Task<ResumeSubject> StartAsync(CancellationPoint point)
    {
        var clock = new FakeClock(MyCaseHarness.Start);
        var vendor = new MyCaseSandbox();
        var server = await SandboxServer.StartAsync(new SandboxOptions { Vendors = [vendor], Clock = clock });
        var services = new ServiceCollection();
        services.AddSingleton<IClock>(clock);
        services.ConfigureHttpClientDefaults(b => b.AddHttpMessageHandler(() => new TickHandler(point)));
        services.AddMyCase(o =>
        {
            o.BaseAddress = server.BaseAddressOf(vendor.PathPrefix);
            o.AuthorizationServer = new Uri(server.BaseAddressOf(vendor.PathPrefix), "auth/");
            o.ClientId = vendor.Options.ClientId;
            o.ClientSecret = vendor.Options.ClientSecret;
            o.RedirectUri = vendor.Options.RedirectUri;
            o.RetryBaseDelay = TimeSpan.Zero;
            o.PageSize = 10;
            o.RequestsPerSecond = 1000;
        });
        var provider = services.BuildServiceProvider();
        var oauth = provider.GetRequiredService<Connectors.MyCase.Authentication.MyCaseOAuthClient>();
        using (var handler = new HttpClientHandler { AllowAutoRedirect = false })
        using (var browser = new HttpClient(handler))
        using (var response = await browser.GetAsync(oauth.BuildAuthorizeUri("resume")))
        {
            await oauth.CompleteAuthorizationAsync(response.Headers.Location!, "resume");
        }

        var settings = new SyncRequest
        {
            Tenant = "sandbox-firm",
            SourceSystem = "mycase",
            Now = default,
            Window = SyncWindow.Unbounded,
            Source = [],
            Target = [],
            Stages = MyCaseFirm.Catalog,
            StageMap = MyCaseFirm.Overrides,
            KnownAttorneys = MyCaseFirm.Attorneys,
        };
        return new ResumeSubject(provider.GetRequiredService<MyCaseCaseSource>(), settings, new Resources(provider, server))
        {
            Change = (step, at, ids) =>
            {
                var cases = vendor.Cases.ToDictionary(c => c.Id.ToString(System.Globalization.CultureInfo.InvariantCulture));
                foreach (var (id, role) in ResumeChanges.Roles(step, ids))
                {
                    var item = cases[id];
                    var stages = item.PracticeArea is { } area ? MyCaseSeedData.PracticeAreas.GetValueOrDefault(area) ?? [] : [];
                    var next = Array.IndexOf(stages, item.CaseStage) is var i and >= 0 && i + 1 < stages.Length ? stages[i + 1] : stages.FirstOrDefault(s => s != item.CaseStage);
                    vendor.UpdateCase(item.Id, stage: role == ResumeChange.Update ? next : null, closed: role switch { ResumeChange.Close => true, ResumeChange.Reopen => false, _ => null }, at: at);
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
