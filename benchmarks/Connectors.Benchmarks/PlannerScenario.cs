namespace Connectors.Benchmarks;

/// <summary>The two shapes of a sync the planner benchmarks measure.</summary>
public enum PlannerScenario
{
    /// <summary>The nightly steady state: the target holds every case; about 1% changed, 0.5% closed, 0.5% new.</summary>
    SteadyState,

    /// <summary>An initial import: the target is empty.</summary>
    InitialImport,
}
