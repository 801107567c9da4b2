using Connectors.Sandbox;

namespace Connectors.Benchmarks.Load;

/// <summary>One connector's sandbox, seeded with a given number of cases, and the arguments its child reader needs.</summary>
internal interface ILoadTarget
{
    string Connector { get; }

    ISandboxVendor CreateVendor(int cases);

    /// <summary>The arguments that tell the child process how to reach and authenticate with the vendor.</summary>
    IReadOnlyList<string> ChildArguments(SandboxServer server, ISandboxVendor vendor);
}
