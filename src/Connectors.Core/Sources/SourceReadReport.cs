using Connectors.Core.Windows;

namespace Connectors.Core.Sources;

/// <summary>
/// What a source says about one read of its cases: whether that read returned every case the system holds. The caller
/// creates one per read and passes it to <see cref="ICaseSource.ReadSnapshotAsync(SyncWindow, SourceReadReport, CancellationToken)"/>;
/// the source fills it in as it reads; the planner takes it through <see cref="Planning.SyncRequest.SourceRead"/>.
/// </summary>
/// <remarks>
/// A report starts incomplete and becomes complete only when the source, after handing on its last case, says it left
/// none out (<see cref="ReportComplete"/>) for a read of <see cref="SyncWindow.Unbounded"/>. Once the source reports
/// anything left out (<see cref="ReportLeftOut"/>) the report stays incomplete. A read that failed, was stopped part-way,
/// filtered (by date, by case number...) or skipped a record is therefore never complete: the planner closes a platform
/// case because it is absent from the read only when the read provably held every case.
/// </remarks>
public sealed class SourceReadReport
{
    private bool _complete;
    private string? _leftOut;

    /// <summary>True when the source reported that the read returned every case of the system and left nothing out.</summary>
    public bool IsComplete => _complete && _leftOut is null;

    /// <summary>Why the read is not complete, for a person (no personal data); null when it is complete.</summary>
    public string? IncompleteReason => IsComplete ? null : _leftOut ?? "The source did not report that the read returned every case.";

    /// <summary>
    /// Called by the source once it has handed on its last case, when it left none out: nothing filtered, skipped or
    /// missing. A read of a bounded window is never complete (cases changed outside it are not in it): for one, this
    /// records that as the reason and the report stays incomplete.
    /// </summary>
    /// <param name="window">The window the read was made for.</param>
    public void ReportComplete(SyncWindow window)
    {
        if (window != SyncWindow.Unbounded)
        {
            ReportLeftOut($"The read covered the window {window}, not every case of the system.");
            return;
        }

        _complete = true;
    }

    /// <summary>
    /// Called by the source when the read left cases out (a filter, a skipped record, a page that was not read); the
    /// report stays incomplete whatever the source reports after. The first reason is kept.
    /// </summary>
    /// <param name="reason">Why, for a person; no personal data.</param>
    public void ReportLeftOut(string reason)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        _leftOut ??= reason;
    }

    /// <summary>Prints whether the read is complete and why not.</summary>
    public override string ToString() => IsComplete ? "complete" : $"incomplete: {IncompleteReason}";
}
