using Connectors.Core.Writes;
using Connectors.Sandbox;
using Connectors.Sandbox.Faults;
using Connectors.Sandbox.SmartAdvocate;
using Connectors.SmartAdvocate;
using Connectors.SmartAdvocate.Dialer;

using Microsoft.Extensions.DependencyInjection;

using NodaTime;

namespace Connectors.IntegrationTests.SmartAdvocate;

/// <summary>A fresh sandbox serving SmartAdvocate on loopback per test, its clock fixed, and the connector registered against it.</summary>
internal sealed class SmartAdvocateTestSandbox : IAsyncDisposable
{
    public static readonly Instant Now = Instant.FromUtc(2026, 11, 24, 15, 0); // 10:00 New York, a Tuesday

    private readonly SandboxServer _server;
    private readonly ServiceProvider _provider;

    private SmartAdvocateTestSandbox(SandboxServer server, SmartAdvocateSandbox vendor, ServiceProvider provider)
    {
        _server = server;
        Vendor = vendor;
        _provider = provider;
    }

    public SmartAdvocateSandbox Vendor { get; }

    public SandboxServer Server => _server;

    public Uri BaseAddress => _server.BaseAddressOf(SmartAdvocateSandbox.Prefix);

    public SmartAdvocateDialerClient Dialer => _provider.GetRequiredService<SmartAdvocateDialerClient>();

    public SmartAdvocateCaseSyncClient CaseSync => _provider.GetRequiredService<SmartAdvocateCaseSyncClient>();

    public SmartAdvocateCaseSource CaseSource => _provider.GetRequiredService<SmartAdvocateCaseSource>();

    public ICaseNoteWriter NoteWriter => _provider.GetRequiredService<ICaseNoteWriter>();

    public static async Task<SmartAdvocateTestSandbox> StartAsync(SmartAdvocateSandboxOptions? sandboxOptions = null, Action<SmartAdvocateOptions>? configure = null)
    {
        var vendor = new SmartAdvocateSandbox(sandboxOptions ?? new SmartAdvocateSandboxOptions());
        var server = await SandboxServer.StartAsync(new SandboxOptions { Vendors = [vendor], Clock = new FixedClock(Now) });
        var services = new ServiceCollection();
        services.AddSingleton<IClock>(new FixedClock(Now));
        services.AddSmartAdvocate(o =>
        {
            o.BaseAddress = server.BaseAddressOf(SmartAdvocateSandbox.Prefix);
            o.Username = vendor.Options.Username;
            o.Password = vendor.Options.Password;
            o.ClientKey = vendor.Options.ClientKey;
            o.RetryBaseDelay = TimeSpan.Zero;
            configure?.Invoke(o);
        });
        return new SmartAdvocateTestSandbox(server, vendor, services.BuildServiceProvider());
    }

    public SmartAdvocateSandboxCase Case(long caseId) => Vendor.Cases.Single(c => c.CaseId == caseId);

    public void Fault(FaultRule rule) => _server.Faults.Add(rule);

    public async ValueTask DisposeAsync()
    {
        await _provider.DisposeAsync();
        await _server.DisposeAsync();
    }

    private sealed class FixedClock(Instant now) : IClock
    {
        public Instant GetCurrentInstant() => now;
    }
}
