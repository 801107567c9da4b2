namespace SmartAdvocate.Sample;

/// <summary>One case of the sandbox's dialer state, as the sample shows it (no names, no phones).</summary>
internal sealed record SandboxCaseState(
    long CaseId,
    bool IsOpen,
    string DialerStatus,
    DateTime NextCall,
    int Attempts,
    string Disposition,
    IReadOnlyList<string> Notes);
