using Connectors.Sandbox;
using Connectors.Sandbox.CasePeer;
using Connectors.Sandbox.CaseXchange;
using Connectors.Sandbox.MyCase;
using Connectors.Sandbox.SmartAdvocate;

namespace Fleet.Host.Fleet;

/// <summary>
/// The four vendors emulated in-process on loopback. Today the sandbox serves one set of credentials and data per
/// vendor, so every firm of a vendor signs in with the same sandbox credentials and reads the same cases (each under
/// its own firm key, connector registration and platform rows); many firms per vendor in the sandbox is a later step.
/// </summary>
public sealed class FleetSandbox : IAsyncDisposable
{
    private FleetSandbox(
        SandboxServer server,
        CasePeerSandbox casePeer,
        MyCaseSandbox myCase,
        SmartAdvocateSandbox smartAdvocate,
        CaseXchangeSandbox caseXchange)
    {
        Server = server;
        CasePeer = casePeer;
        MyCase = myCase;
        SmartAdvocate = smartAdvocate;
        CaseXchange = caseXchange;
    }

    /// <summary>The running sandbox (its write log included).</summary>
    public SandboxServer Server { get; }

    /// <summary>The CASEpeer emulation.</summary>
    public CasePeerSandbox CasePeer { get; }

    /// <summary>The MyCase emulation.</summary>
    public MyCaseSandbox MyCase { get; }

    /// <summary>The SmartAdvocate emulation.</summary>
    public SmartAdvocateSandbox SmartAdvocate { get; }

    /// <summary>The Case Xchange emulation.</summary>
    public CaseXchangeSandbox CaseXchange { get; }

    /// <summary>Starts the sandbox on a free loopback port.</summary>
    public static async Task<FleetSandbox> StartAsync(CancellationToken cancellationToken)
    {
        var casePeer = new CasePeerSandbox();
        var myCase = new MyCaseSandbox();
        var smartAdvocate = new SmartAdvocateSandbox();
        var caseXchange = new CaseXchangeSandbox();
        var server = await SandboxServer.StartAsync(
            new SandboxOptions { Vendors = [casePeer, myCase, smartAdvocate, caseXchange] }, cancellationToken).ConfigureAwait(false);
        return new FleetSandbox(server, casePeer, myCase, smartAdvocate, caseXchange);
    }

    /// <inheritdoc />
    public ValueTask DisposeAsync() => Server.DisposeAsync();
}
