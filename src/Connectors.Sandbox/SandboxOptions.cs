using NodaTime;

namespace Connectors.Sandbox;

/// <summary>How to start a <see cref="SandboxServer"/>.</summary>
public sealed record SandboxOptions
{
    /// <summary>The loopback port; 0 (the default) picks a free one.</summary>
    public int Port { get; init; }

    /// <summary>The vendors to serve; each under its own path prefix.</summary>
    public IReadOnlyList<ISandboxVendor> Vendors { get; init; } = [];

    /// <summary>The sandbox's clock; the system clock by default.</summary>
    public IClock Clock { get; init; } = SystemClock.Instance;

    /// <summary>Seed of the fault injector's random choices (probability rules).</summary>
    public int FaultSeed { get; init; } = 1;

    /// <summary>
    /// True to ignore every write's <c>Idempotency-Key</c>: a resend with the same key is applied again. Off by default
    /// (the sandbox honours keys); on, it plays a vendor whose key handling is not what the SDK hopes, so tests can
    /// prove a connector also checks before it creates.
    /// </summary>
    public bool IgnoreIdempotencyKeys { get; init; }
}
