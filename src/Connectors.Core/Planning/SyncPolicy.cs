namespace Connectors.Core.Planning;

/// <summary>Choices a host makes about what the planner may do.</summary>
public sealed record SyncPolicy
{
    /// <summary>The defaults: no reopening, a 20% mass-change guard, a 5% guard on closes by absence.</summary>
    public static SyncPolicy Default { get; } = new();

    /// <summary>When true, a case open in the source but closed on the platform is reopened. Off by default.</summary>
    public bool AllowReopen { get; init; }

    /// <summary>
    /// The share (0 to 1) of the platform's open cases of this source system that a plan may close, or change the
    /// stage of, before it is flagged as needing confirmation. Default 0.2.
    /// </summary>
    public double MassChangeShare { get; init; } = 0.2;

    /// <summary>
    /// The share (0 to 1) of the platform's open cases of this source system that a plan may close because they are
    /// absent from a complete read (<see cref="SyncPlanSummary.ClosesByAbsence"/>) before it is flagged as needing
    /// confirmation. Default 0.05, lower than <see cref="MassChangeShare"/>: such a close rests on the absence of
    /// evidence, not on the source saying the case is closed. A case leaves a full read only when it is deleted or
    /// merged in the source, which is rare; more than a few absent cases more likely means a read that missed some
    /// (a narrowed case-number filter, a vendor answer cut short), and a wrong close tells a client their case is over.
    /// With fewer than 20 open cases, a single close by absence needs confirmation.
    /// </summary>
    public double AbsenceCloseShare { get; init; } = 0.05;
}
