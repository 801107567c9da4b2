using Connectors.Core.Planning;

namespace Connectors.Core.Sync;

/// <summary>What one run of <see cref="SyncRunner"/> did.</summary>
/// <param name="Plan">The plan the run built (from fresh snapshots, also when it resumed).</param>
/// <param name="Resumed">True when the run continued one that had stopped part-way.</param>
/// <param name="Applied">Write operations applied by this run.</param>
/// <param name="AlreadyDone">Write operations an earlier, interrupted run had applied, so this one left them alone.</param>
/// <param name="Completed">
/// True when the plan was applied and the checkpoint advanced; false when it waits for a person to confirm it.
/// </param>
public sealed record SyncRunResult(SyncPlan Plan, bool Resumed, int Applied, int AlreadyDone, bool Completed)
{
    /// <summary>
    /// True when the plan needs a person's confirmation and nothing was applied: show <see cref="SyncPlan.ConfirmationReason"/>,
    /// then <see cref="SyncRunner.ApplyApprovedAsync"/> with <see cref="PlanApproval.Of"/> of this plan, or
    /// <see cref="SyncRunner.RejectAsync"/>.
    /// </summary>
    public bool HeldForConfirmation => !Completed && Plan.RequiresConfirmation;
}
