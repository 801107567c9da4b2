using Connectors.Sandbox.Faults;

namespace Connectors.IntegrationTests.Chaos;

/// <summary>One connector's full flow against a fresh sandbox: reads, plans and writes. Adding a connector is one such class.</summary>
internal interface IChaosFlow
{
    string Connector { get; }

    /// <summary>The vendor's path prefix on the sandbox, as <c>/casepeer</c>.</summary>
    string PathPrefix { get; }

    /// <summary>The path of a paged list the flow reads, for the malformed-page profile.</summary>
    string ListPath { get; }

    /// <summary>Which request to <see cref="ListPath"/> the malformed-page profile spoils (the second page, or the only answer).</summary>
    int MalformedAt => 2;

    Task<ChaosOutcome> RunAsync(IReadOnlyList<FaultRule> faults, int faultSeed, CancellationToken cancellationToken);
}
