namespace Fleet.Host.Reporting;

/// <summary>What the runs of one outbox flow (Documents or Messages) did across the fleet, summed.</summary>
/// <param name="Runs">Runs of the flow.</param>
/// <param name="Delivered">Items written to the vendors and marked delivered.</param>
/// <param name="AlreadyWritten">Items the vendors had already (written by an earlier run that did not mark them).</param>
/// <param name="Unknown">Items whose write had an unknown outcome, left for the next run.</param>
/// <param name="Failed">Items whose write failed, left for the next run.</param>
/// <param name="FailedRuns">Runs stopped by a failure outside any one item's write (the outbox unreadable, say).</param>
public sealed record FlowTotals(int Runs, int Delivered, int AlreadyWritten, int Unknown, int Failed, int FailedRuns)
{
    /// <summary>No runs yet.</summary>
    public static FlowTotals None { get; } = new(0, 0, 0, 0, 0, 0);
}
