namespace Connectors.Core.Sync;

/// <summary>
/// An approval was presented for a plan other than the one the run makes now: the source or the platform changed after
/// the person approved (or the approval is another tenant's). Nothing was applied and the run is still held: show the
/// new plan (<see cref="SyncRunResult.Plan"/> of the next run) and ask again.
/// </summary>
public sealed class StaleApprovalException : ConnectorException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="approved">What the person approved.</param>
    /// <param name="current">The plan made now, as an approval would name it.</param>
    public StaleApprovalException(PlanApproval approved, PlanApproval current)
        : base($"The approval is for the plan of {Describe(approved)}, but the plan made now is of {Describe(current)}: "
            + "the source or the platform changed since it was approved. Nothing was applied; show the new plan and ask again.")
    {
        Approved = approved;
        Current = current;
    }

    /// <summary>What the person approved.</summary>
    public PlanApproval Approved { get; }

    /// <summary>The plan made now, as an approval would name it.</summary>
    public PlanApproval Current { get; }

    private static string Describe(PlanApproval plan) =>
        $"{plan.Tenant}/{plan.SourceSystem} (source {plan.SourceFingerprint}, target {plan.TargetFingerprint})";
}
