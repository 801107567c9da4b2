using NodaTime;

namespace Connectors.Sandbox.CasePeer;

/// <summary>How the CASEpeer sandbox seeds and checks.</summary>
public sealed record CasePeerSandboxOptions
{
    /// <summary>The key the sandbox accepts (the firm's CASEpeer key).</summary>
    public string ApiKey { get; init; } = "sandbox-casepeer-key";

    /// <summary>The header the key travels in.</summary>
    public string ApiKeyHeader { get; init; } = "X-API-Key";

    /// <summary>How many cases to seed.</summary>
    public int Cases { get; init; } = 300;

    /// <summary>The seed: the same seed gives the same data.</summary>
    public int Seed { get; init; } = 42;

    /// <summary>The instant seeded update times count back from; fixed by default so data is the same every run.</summary>
    public Instant SeededAt { get; init; } = Instant.FromUtc(2026, 11, 24, 12, 0);

    /// <summary>A JSON file of cases in CASEpeer's wire format (an array) to serve instead of seeded data.</summary>
    public string? DataFile { get; init; }
}
