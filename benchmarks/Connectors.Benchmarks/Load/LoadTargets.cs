using Connectors.Sandbox;
using Connectors.Sandbox.CasePeer;
using Connectors.Sandbox.CaseXchange;
using Connectors.Sandbox.SmartAdvocate;

namespace Connectors.Benchmarks.Load;

internal sealed class CasePeerLoadTarget : ILoadTarget
{
    public string Connector => "casepeer";

    public ISandboxVendor CreateVendor(int cases) => new CasePeerSandbox(new CasePeerSandboxOptions { Cases = cases });

    public IReadOnlyList<string> ChildArguments(SandboxServer server, ISandboxVendor vendor) =>
        [server.BaseAddressOf(vendor.PathPrefix).ToString(), ((CasePeerSandbox)vendor).Options.ApiKey];
}

internal sealed class SmartAdvocateLoadTarget : ILoadTarget
{
    public string Connector => "smartadvocate";

    public ISandboxVendor CreateVendor(int cases) => new SmartAdvocateSandbox(new SmartAdvocateSandboxOptions { Cases = cases });

    public IReadOnlyList<string> ChildArguments(SandboxServer server, ISandboxVendor vendor)
    {
        var options = ((SmartAdvocateSandbox)vendor).Options;
        return [server.BaseAddressOf(SmartAdvocateSandbox.Prefix).ToString(), options.Username, options.Password, options.ClientKey];
    }
}

internal sealed class CaseXchangeLoadTarget : ILoadTarget
{
    public string Connector => "casexchange";

    public ISandboxVendor CreateVendor(int cases) => new CaseXchangeSandbox(new CaseXchangeSandboxOptions { SentCases = cases, RequestsPerMinute = int.MaxValue });

    public IReadOnlyList<string> ChildArguments(SandboxServer server, ISandboxVendor vendor) =>
        [new Uri(server.BaseAddressOf(vendor.PathPrefix), "api/public/v1/").ToString(), ((CaseXchangeSandbox)vendor).Options.ReadOnlyKey];
}
