using Connectors.Core.Planning;

namespace Connectors.Core.Sync;

/// <summary>
/// A person's approval of one plan held for confirmation (<see cref="SyncPlan.RequiresConfirmation"/>): it names the plan
/// by its tenant, source system and the fingerprints of both snapshots it was made from, so it approves that plan and no
/// other. A host keeps it (it is plain data) from the moment the plan is shown until <see cref="SyncRunner.ApplyApprovedAsync"/>.
/// </summary>
/// <param name="Tenant">The tenant of the approved plan.</param>
/// <param name="SourceSystem">The source system of the approved plan.</param>
/// <param name="SourceFingerprint">The approved plan's <see cref="SyncPlan.SourceFingerprint"/>.</param>
/// <param name="TargetFingerprint">The approved plan's <see cref="SyncPlan.TargetFingerprint"/>.</param>
public sealed record PlanApproval(string Tenant, string SourceSystem, string SourceFingerprint, string TargetFingerprint)
{
    /// <summary>The approval of <paramref name="plan"/>, as the person saw it.</summary>
    /// <param name="plan">The plan shown to the person.</param>
    public static PlanApproval Of(SyncPlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        return new PlanApproval(plan.Tenant, plan.SourceSystem, plan.SourceFingerprint, plan.TargetFingerprint);
    }

    /// <summary>True when <paramref name="plan"/> was made from the same snapshots, for the same tenant and source.</summary>
    /// <param name="plan">A plan made afresh.</param>
    public bool Approves(SyncPlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        return string.Equals(Tenant, plan.Tenant, StringComparison.Ordinal)
            && string.Equals(SourceSystem, plan.SourceSystem, StringComparison.Ordinal)
            && string.Equals(SourceFingerprint, plan.SourceFingerprint, StringComparison.Ordinal)
            && string.Equals(TargetFingerprint, plan.TargetFingerprint, StringComparison.Ordinal);
    }
}
