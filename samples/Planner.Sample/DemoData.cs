using Connectors.Core.Model;
using Connectors.Core.Stages;
using NodaTime;

namespace Planner.Sample;

/// <summary>
/// A deterministic source and target snapshot for the demo firm: a few hundred cases with the mess real data has
/// (closed cases, missing and landline phones, unknown attorneys, unmapped statuses, a duplicate id, stale cases).
/// </summary>
internal sealed class DemoData
{
    public const string SourceSystem = "casepeer";

    private static readonly string[] FirstNames = ["Ana", "Ben", "Chloe", "Dev", "Elena", "Femi", "Grace", "Hugo", "Iris", "Jon"];
    private static readonly string[] LastNames = ["Alvarez", "Brooks", "Carter", "Diaz", "Evans", "Fischer", "Garcia", "Hughes"];
    private static readonly string[] AreaCodes = ["402", "312", "617", "212", "415", "305"];
    private static readonly string[] Unmapped = ["Referred Open", "Subbed Out", "Trivial or Minor"];

    private readonly Random _random = new(20261124);
    private readonly Instant _now;

    private DemoData(Instant now) => _now = now;

    public List<SourceCase> Source { get; } = [];

    public List<TargetCase> Target { get; } = [];

    public static DemoData Build(Instant now, int cases = 300)
    {
        var data = new DemoData(now);
        for (var i = 1; i <= cases; i++)
        {
            data.AddCase(i);
        }

        // A duplicate record of one case, older than the original: the planner keeps the newer one.
        var original = data.Source[10];
        data.Source.Add(original with { Status = "Intake", UpdatedAt = original.UpdatedAt - Duration.FromDays(2) });

        // Platform cases whose source records are gone from this complete snapshot: they close.
        for (var i = 0; i < 3; i++)
        {
            data.Target.Add(new TargetCase(new CaseKey(SourceSystem, $"CP-9{i:D4}"), "Family Law", "Mediation", false, data.Client(), DemoFirm.Attorneys[0]));
        }

        return data;
    }

    private void AddCase(int number)
    {
        var area = DemoFirm.Catalog.PracticeAreas[_random.Next(DemoFirm.Catalog.PracticeAreas.Count)];
        var stage = area.Stages[_random.Next(area.Stages.Count)];
        var source = new SourceCase(
            new CaseKey(SourceSystem, $"CP-{number:D5}"),
            area.PracticeArea,
            SourceStatus(area, stage),
            IsClosed: Chance(0.06),
            UpdatedAt: _now - Duration.FromHours(_random.Next(1, 24 * 330)),
            Client(),
            DemoFirm.Attorneys[_random.Next(DemoFirm.Attorneys.Count)])
        {
            Title = $"Matter {number}",
            IsEligible = !Chance(0.02),
            IsConnected = !Chance(0.03),
        };

        source = Mess(source);
        Source.Add(source);
        if (Chance(0.85))
        {
            Target.Add(Drift(new TargetCase(source.Key, area.PracticeArea, stage, false, source.Client, source.AttorneyEmail) { Title = source.Title }, area));
        }
    }

    private string SourceStatus(PracticeAreaStages area, string stage) => _random.Next(20) switch
    {
        0 => Unmapped[_random.Next(Unmapped.Length)],
        1 when area.PracticeArea == "Personal Injury" => "Released From Treatment",
        2 => $"  {stage.ToUpperInvariant()} ", // the comparison ignores case and surrounding whitespace
        _ => stage,
    };

    private SourceCase Mess(SourceCase source) => _random.Next(40) switch
    {
        0 => source with { Client = source.Client with { Phone = null } },
        1 => source with { Client = source.Client with { Phone = PhoneNumber.Parse("+44 20 7946 0958") } },
        2 => source with { AttorneyEmail = "former.partner@firm.example" },
        3 => source with { Client = source.Client with { LastName = null } },
        4 => source with { UpdatedAt = _now - Duration.FromDays(500) },
        _ => source,
    };

    private TargetCase Drift(TargetCase target, PracticeAreaStages area) => _random.Next(12) switch
    {
        0 => target with { Stage = area.Stages[0] },
        1 => target with { Client = target.Client with { Phone = Phone() } },
        2 => target with { AttorneyEmail = DemoFirm.Attorneys[0] },
        _ => target,
    };

    private ClientContact Client() =>
        new(FirstNames[_random.Next(FirstNames.Length)], LastNames[_random.Next(LastNames.Length)], Phone());

    private PhoneNumber Phone() =>
        PhoneNumber.Parse($"({AreaCodes[_random.Next(AreaCodes.Length)]}) {_random.Next(201, 999)}-{_random.Next(1000, 9999)}");

    private bool Chance(double probability) => _random.NextDouble() < probability;
}
