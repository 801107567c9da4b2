using Connectors.Sandbox;
using Connectors.Sandbox.SmartAdvocate;

using NodaTime;

namespace SmartAdvocate.Sample;

/// <summary>The SmartAdvocate sandbox in-process on loopback, its clock fixed at the sample's 'now'.</summary>
internal sealed class SampleSandbox : IAsyncDisposable
{
    public const string Campaign = SmartAdvocateSandbox.Campaign;

    /// <summary>The attorney the sandbox puts on case 1002's staff.</summary>
    public const string StaffAttorney = "ana.rivera@sandbox-firm.example";

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
        if (dataFile is null)
        {
            // One case names its own Primary Attorney on its staff: the plan takes it; the others fall back to the default.
            vendor.AssignStaff(1002, "Rivera, Ana", "Primary Attorney", StaffAttorney);
        }

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
