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

    /// <summary>
    /// Runs the flow against a fresh sandbox with <paramref name="faults"/>; a write whose outcome the SDK reports as unknown is counted
    /// and the flow goes on, as a host would.
    /// </summary>
    Task<ChaosOutcome> RunAsync(
        IReadOnlyList<FaultRule> faults,
        int faultSeed,
        bool ignoreIdempotencyKeys,
        CancellationToken cancellationToken);
}
