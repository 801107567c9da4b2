using Connectors.Core.Model;
using Connectors.Core.Stages;

using NodaTime;

namespace Connectors.Benchmarks;

/// <summary>
/// Snapshots for the planner benchmarks, built once per parameter set. Keys ascend, as a vendor pages them; every case
/// is valid and inside the window, so the planner does its full work on each one.
/// </summary>
internal sealed class PlannerInputs
{
    public const string System = "mycase";
    public const string Attorney = "lead@firm.example";

    public static readonly Instant Now = Instant.FromUtc(2026, 11, 24, 21, 15);
    public static readonly string[] Stages = ["Intake", "Treatment", "Treatment Completed", "Demand", "Negotiation", "Settled"];
    public static readonly StageCatalog Catalog = new(
    [
        new PracticeAreaStages("Personal Injury", Stages),
        new PracticeAreaStages("Workers Compensation", Stages),
        new PracticeAreaStages("Family Law", Stages),
    ]);

    private PlannerInputs(List<SourceCase> source, List<TargetCase> target)
    {
        Source = source;
        Target = target;
    }

    public List<SourceCase> Source { get; }

    public List<TargetCase> Target { get; }

    public static PlannerInputs Build(int cases, PlannerScenario scenario)
    {
        // Parsing a phone costs microseconds: a connector parses each once; here a pool stands in for that.
        var phones = Enumerable.Range(0, 64).Select(i => PhoneNumber.Parse($"(402) 320-{5700 + i}")).ToArray();
        var areas = Catalog.PracticeAreas.Select(a => a.PracticeArea).ToArray();
        var source = new List<SourceCase>(cases);
        var target = new List<TargetCase>(cases);
        for (var i = 0; i < cases; i++)
        {
            var key = new CaseKey(System, $"MC-{i:D8}");
            var area = areas[i % areas.Length];
            var client = new ClientContact($"First{i % 1000}", $"Last{i % 997}", phones[i % phones.Length]);
            var stage = Stages[i % Stages.Length];
            // Strictly before 'now' and within 334 days: the window is [now - 365 days, now), so every case is in it.
            var item = new SourceCase(key, area, stage, false, Now - Duration.FromHours(1 + (i % 8000)), client, Attorney);
            var bucket = i % 200; // 2 of 200 changed (1%), 1 closed (0.5%), 1 new (0.5%)
            source.Add(bucket switch
            {
                0 => item with { Status = Stages[(i + 1) % Stages.Length] },
                1 => item with { Client = client with { LastName = "Changed" } },
                2 => item with { IsClosed = true },
                _ => item,
            });

            if (scenario == PlannerScenario.SteadyState && bucket != 3)
            {
                target.Add(new TargetCase(key, area, stage, false, client, Attorney));
            }
        }

        return new PlannerInputs(source, target);
    }
}
