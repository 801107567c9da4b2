namespace Connectors.IntegrationTests.Chaos;

/// <summary>What one run of a flow left behind, in comparable form.</summary>
/// <param name="Platform">The platform-side result (plan operations, write-back and intake plans), one line each, in order.</param>
/// <param name="Writes">The vendor's write log, one line per applied write (operation and resource), in order.</param>
/// <param name="Requests">Requests the sandbox saw.</param>
/// <param name="Faults">Faults that fired.</param>
/// <param name="Error">The exception that ended the run early, if any.</param>
internal sealed record ChaosOutcome(
    IReadOnlyList<string> Platform,
    IReadOnlyList<string> Writes,
    int Requests,
    int Faults,
    Exception? Error = null)
{
    /// <summary>Faults that fired, per rule label.</summary>
    public IReadOnlyDictionary<string, int> FiredByLabel { get; init; } = new Dictionary<string, int>();

    /// <summary>
    /// Writes the SDK reported as <c>WriteOutcomeUnknownException</c> (the flow went on, as a host would, and reconciles later).
    /// </summary>
    public int Unknown { get; init; }

    /// <summary>Of <see cref="Unknown"/>, the writes that did not land: reported to the host, so not silently lost.</summary>
    public int UnknownNotLanded { get; init; }
}
