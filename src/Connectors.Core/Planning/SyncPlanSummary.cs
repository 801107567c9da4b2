namespace Connectors.Core.Planning;

/// <summary>Counts of a plan's operations.</summary>
/// <param name="Creates">Create operations.</param>
/// <param name="Updates">Update operations.</param>
/// <param name="Closes">Close operations.</param>
/// <param name="Reopens">Reopen operations.</param>
/// <param name="Skips">Skip operations.</param>
/// <param name="HighRisk">Operations flagged high-risk.</param>
/// <param name="SkipsByReason">Skips per reason, keyed by the camelCase reason name.</param>
public sealed record SyncPlanSummary(
    int Creates,
    int Updates,
    int Closes,
    int Reopens,
    int Skips,
    int HighRisk,
    IReadOnlyDictionary<string, int> SkipsByReason)
{
    /// <summary>
    /// Of <see cref="Closes"/>, those of platform cases absent from a complete source read (not reported closed by the
    /// source): high-risk, and guarded by <see cref="SyncPolicy.AbsenceCloseShare"/>.
    /// </summary>
    public int ClosesByAbsence { get; init; }

    /// <summary>Every operation.</summary>
    public int Total => Creates + Updates + Closes + Reopens + Skips;

    /// <summary>Operations that write to the platform.</summary>
    public int Writes => Creates + Updates + Closes + Reopens;
}
