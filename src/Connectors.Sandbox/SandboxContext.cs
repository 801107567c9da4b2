using Connectors.Sandbox.Faults;
using Connectors.Sandbox.Recording;
using NodaTime;

namespace Connectors.Sandbox;

/// <summary>What every vendor of a sandbox shares: the clock, the write log and the fault injector.</summary>
/// <param name="Clock">The sandbox's clock (a fixed one makes runs reproducible).</param>
/// <param name="Writes">The log of every write the sandbox accepted.</param>
/// <param name="Faults">The fault rules in force.</param>
public sealed record SandboxContext(IClock Clock, WriteLog Writes, FaultInjector Faults);
