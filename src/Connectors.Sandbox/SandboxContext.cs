using Connectors.Sandbox.Faults;
using Connectors.Sandbox.Recording;

using NodaTime;

namespace Connectors.Sandbox;

/// <summary>What every vendor of a sandbox shares: the clock, the write log and the fault injector.</summary>
/// <param name="Clock">The sandbox's clock (a fixed one makes runs reproducible).</param>
/// <param name="Writes">The log of every write the sandbox accepted.</param>
/// <param name="Faults">The fault rules in force.</param>
public sealed record SandboxContext(IClock Clock, WriteLog Writes, FaultInjector Faults)
{
    /// <summary>Every request the sandbox received (method and path), faulted or not.</summary>
    public RequestLog Requests { get; init; } = new();

    /// <summary>
    /// True to serve every write as if it carried no <c>Idempotency-Key</c> (<see cref="SandboxOptions.IgnoreIdempotencyKeys"/>):
    /// a resend is applied again, as a vendor that does not honour keys would.
    /// </summary>
    public bool IgnoreIdempotencyKeys { get; init; }
}
