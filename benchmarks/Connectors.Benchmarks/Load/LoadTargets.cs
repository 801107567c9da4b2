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

    public ISandboxVendor CreateVendor(int cases) =>
        new CaseXchangeSandbox(new CaseXchangeSandboxOptions { SentCases = cases, RequestsPerMinute = int.MaxValue });

    public IReadOnlyList<string> ChildArguments(SandboxServer server, ISandboxVendor vendor) =>
        [new Uri(server.BaseAddressOf(vendor.PathPrefix), "api/public/v1/").ToString(), ((CaseXchangeSandbox)vendor).Options.ReadOnlyKey];
}

internal sealed class MyCaseLoadTarget : ILoadTarget
{
    public string Connector => "mycase";

    // MyCase's own limit stays on (25 requests per second); pages of 1000 cases keep a 100k read to about 100 requests.
    public ISandboxVendor CreateVendor(int cases) =>
        new Connectors.Sandbox.MyCase.MyCaseSandbox(new Connectors.Sandbox.MyCase.MyCaseSandboxOptions { Cases = cases });

    public IReadOnlyList<string> ChildArguments(SandboxServer server, ISandboxVendor vendor)
    {
        var options = ((Connectors.Sandbox.MyCase.MyCaseSandbox)vendor).Options;
        return [server.BaseAddressOf(vendor.PathPrefix).ToString(), options.ClientId, options.ClientSecret, options.RedirectUri.ToString()];
    }
}
