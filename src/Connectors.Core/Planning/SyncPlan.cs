using Connectors.Core.Windows;

using NodaTime;

namespace Connectors.Core.Planning;

/// <summary>
/// The result of planning, as data (in the manner of a Terraform JSON plan): what to do to every case, why, and
/// from which snapshots it was computed. Serialise with <see cref="SyncPlanJson"/>; apply only while the target
/// fingerprint still matches (<see cref="SyncPlanGuard"/>).
/// </summary>
public sealed record SyncPlan
{
    /// <summary>
    /// The format version this SDK writes and reads. 1.1: <see cref="SourceIsComplete"/> is the planner's own verdict
    /// and the summary counts closes by absence; 1.0 plans are refused (their closes by absence rested on a host setting).
    /// </summary>
    public const string CurrentFormatVersion = "1.1";

    /// <summary>The plan format version.</summary>
    public required string FormatVersion { get; init; }

    /// <summary>The tenant the plan is for.</summary>
    public required string Tenant { get; init; }

    /// <summary>The source system read.</summary>
    public required string SourceSystem { get; init; }

    /// <summary>The instant the plan was made for.</summary>
    public required Instant Now { get; init; }

    /// <summary>The window the source was read in.</summary>
    public required SyncWindow Window { get; init; }

    /// <summary>
    /// Whether the planner took the source snapshot for complete, so that closes by absence were planned: the source
    /// reported the read complete, the window is unbounded and no record was unreadable (<see cref="SyncRequest.SourceRead"/>).
    /// </summary>
    public required bool SourceIsComplete { get; init; }

    /// <summary>Fingerprint of the source snapshot (<see cref="SnapshotFingerprint"/>).</summary>
    public required string SourceFingerprint { get; init; }

    /// <summary>Fingerprint of the target snapshot the plan was computed against.</summary>
    public required string TargetFingerprint { get; init; }

    /// <summary>Every operation, sorted by case key.</summary>
    public required IReadOnlyList<SyncOperation> Operations { get; init; }

    /// <summary>Counts per kind and per skip reason.</summary>
    public required SyncPlanSummary Summary { get; init; }

    /// <summary>
    /// True when the plan would close, or change the stage of, more than the policy's share of open cases
    /// (<see cref="SyncPolicy.MassChangeShare"/>), or close by absence more than its lower share (<see
    /// cref="SyncPolicy.AbsenceCloseShare"/>).
    /// </summary>
    public bool RequiresConfirmation { get; init; }

    /// <summary>Why confirmation is required; null when it is not.</summary>
    public string? ConfirmationReason { get; init; }

    /// <summary>When client notifications produced by applying this plan may be released; null when the plan writes nothing.</summary>
    public Instant? NotificationsReleaseAt { get; init; }
}
