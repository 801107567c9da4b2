using Connectors.Sandbox;
using Connectors.Sandbox.SmartAdvocate;

using NodaTime;

namespace SmartAdvocate.Sample;

/// <summary>The SmartAdvocate sandbox in-process on loopback, its clock fixed at the sample's 'now'.</summary>
internal sealed class SampleSandbox : IAsyncDisposable
{
    public const string Campaign = SmartAdvocateSandbox.Campaign;

    private readonly SandboxServer _server;
    private readonly SmartAdvocateSandbox _vendor;

    private SampleSandbox(SandboxServer server, SmartAdvocateSandbox vendor)
    {
        _server = server;
        _vendor = vendor;
    }

    public Uri BaseAddress => _server.BaseAddressOf(SmartAdvocateSandbox.Prefix);

    public string Username => _vendor.Options.Username;

    public string Password => _vendor.Options.Password;

    public string ClientKey => _vendor.Options.ClientKey;

    public static async Task<SampleSandbox> StartAsync(Instant now, string? dataFile)
    {
        var vendor = new SmartAdvocateSandbox(new SmartAdvocateSandboxOptions { SeededAt = now, DataFile = dataFile });
        var server = await SandboxServer.StartAsync(new SandboxOptions { Vendors = [vendor], Clock = new FixedClock(now) });
        return new SampleSandbox(server, vendor);
    }

    public IReadOnlyList<SandboxCaseState> State() =>
        [.. _vendor.Cases.Select(c => new SandboxCaseState(
            c.CaseId,
            c.IsOpen,
            c.DialerStatus,
            c.NextCall.ToDateTimeUnspecified(),
            c.Attempts,
            c.Disposition,
            c.Notes))];

    public ValueTask DisposeAsync() => _server.DisposeAsync();
}
