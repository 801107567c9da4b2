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
}
