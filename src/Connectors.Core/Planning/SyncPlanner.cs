namespace Connectors.Core.Planning;

/// <summary>
/// Turns a source snapshot and a target snapshot into a <see cref="SyncPlan"/>. Pure: no I/O, no clock read; the
/// same request always yields the same plan (its one effect outside the plan: counting it in the source connector's
/// meter, <c>connectors.plan.operations</c>). Every source case is accounted for exactly once, and operations are
/// sorted by case key.
/// </summary>
public static class SyncPlanner
{
    /// <summary>Plans a sync.</summary>
    /// <param name="request">The snapshots, 'now', the window, the mappings and the policies.</param>
    /// <returns>The plan; it is never null and holds one operation per source case, plus closes by absence.</returns>
    /// <exception cref="ArgumentException">The request is missing a required part.</exception>
    public static SyncPlan Plan(SyncRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentException.ThrowIfNullOrWhiteSpace(request.Tenant, nameof(request));
        ArgumentException.ThrowIfNullOrWhiteSpace(request.SourceSystem, nameof(request));
        ArgumentNullException.ThrowIfNull(request.Source, nameof(request));
        ArgumentNullException.ThrowIfNull(request.Target, nameof(request));
        ArgumentNullException.ThrowIfNull(request.Stages, nameof(request));
        ArgumentNullException.ThrowIfNull(request.KnownAttorneys, nameof(request));
        ArgumentNullException.ThrowIfNull(request.Policy, nameof(request));

        using var run = new PlanningRun(request);
        var plan = run.Plan();

        // The plan's only effect outside it: counted in the source connector's meter (connectors.plan.operations).
        Diagnostics.ConnectorTelemetry.RecordPlanOfSource(plan);
        return plan;
    }
}
