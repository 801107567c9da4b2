using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Jobs;

using Connectors.Core.Model;
using Connectors.Core.Planning;
using Connectors.Core.Windows;

using NodaTime;

namespace Connectors.Benchmarks;

/// <summary>
/// The planner against a bare dictionary join of the same keys and records (the baseline, measured in the same run):
/// what the planner's plan-as-data (reasons, field changes, idempotency keys, fingerprints, sorting) costs on top.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(RuntimeMoniker.Net10_0, launchCount: 1, warmupCount: 3, iterationCount: 10)]
public class PlannerBenchmarks
{
    private SyncRequest _request = null!;

    [Params(10_000, 100_000, 1_000_000)]
    public int Cases { get; set; }

    [Params(PlannerScenario.SteadyState, PlannerScenario.InitialImport)]
    public PlannerScenario Scenario { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var inputs = PlannerInputs.Build(Cases, Scenario);
        _request = new SyncRequest
        {
            Tenant = "firm-1",
            SourceSystem = PlannerInputs.System,
            Now = PlannerInputs.Now,
            Window = new SyncWindow(PlannerInputs.Now - Duration.FromDays(365), PlannerInputs.Now),
            Source = inputs.Source,
            Target = inputs.Target,
            Stages = PlannerInputs.Catalog,
            KnownAttorneys = [PlannerInputs.Attorney],
        };
    }

    [Benchmark]
    public SyncPlan Plan() => SyncPlanner.Plan(_request);

    [Benchmark(Baseline = true)]
    public int DictionaryJoin()
    {
        var target = new Dictionary<CaseKey, TargetCase>(_request.Target.Count);
        foreach (var item in _request.Target)
        {
            target[item.Key] = item;
        }

        var changed = new List<SourceCase>();
        foreach (var item in _request.Source)
        {
            if (!target.TryGetValue(item.Key, out var current)
                || current.IsClosed != item.IsClosed
                || !string.Equals(current.PracticeArea, item.PracticeArea, StringComparison.Ordinal)
                || !string.Equals(current.Stage, item.Status, StringComparison.Ordinal)
                || !string.Equals(current.AttorneyEmail, item.AttorneyEmail, StringComparison.Ordinal)
                || !string.Equals(current.Client.FirstName, item.Client.FirstName, StringComparison.Ordinal)
                || !string.Equals(current.Client.LastName, item.Client.LastName, StringComparison.Ordinal)
                || !string.Equals(current.Client.Phone?.E164, item.Client.Phone?.E164, StringComparison.Ordinal))
            {
                changed.Add(item);
            }
        }

        return changed.Count;
    }
}
