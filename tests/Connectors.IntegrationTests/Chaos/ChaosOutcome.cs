namespace Connectors.IntegrationTests.Chaos;

/// <summary>What one run of a flow left behind, in comparable form.</summary>
/// <param name="Platform">The platform-side result (plan operations, write-back and intake plans), one line each, in order.</param>
/// <param name="Writes">The vendor's write log, one line per applied write (operation and resource), in order.</param>
/// <param name="Requests">Requests the sandbox saw.</param>
/// <param name="Faults">Faults that fired.</param>
/// <param name="Error">The exception that ended the run early, if any.</param>
internal sealed record ChaosOutcome(IReadOnlyList<string> Platform, IReadOnlyList<string> Writes, int Requests, int Faults, Exception? Error = null);
