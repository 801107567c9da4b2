using NodaTime;

namespace Connectors.Sandbox.SmartAdvocate;

/// <summary>A snapshot of one sandbox case's status, dialer state and notes, for tests and samples to assert exact effects.</summary>
/// <param name="CaseId">SmartAdvocate case id.</param>
/// <param name="IsOpen">False for closed cases.</param>
/// <param name="DialerStatus">The dialer status.</param>
/// <param name="NextCall">The next call, in the dialer's local time.</param>
/// <param name="Attempts">The attempts count.</param>
/// <param name="Disposition">The last dialer disposition.</param>
/// <param name="Notes">The notes' texts, oldest first.</param>
public sealed record SmartAdvocateSandboxCase(
    long CaseId,
    bool IsOpen,
    string DialerStatus,
    LocalDateTime NextCall,
    int Attempts,
    string Disposition,
    IReadOnlyList<string> Notes)
{
    /// <summary>The case type (the practice area by default).</summary>
    public string CaseType { get; init; } = "";

    /// <summary>The case status ("Closed" for closed cases).</summary>
    public string CaseStatus { get; init; } = "";

    /// <summary>The sub-statuses' names by their type (e.g. "Treatment Status").</summary>
    public IReadOnlyDictionary<string, string> SubStatuses { get; init; } = new Dictionary<string, string>();
}
