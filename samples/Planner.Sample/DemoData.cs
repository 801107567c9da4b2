using Connectors.Core.Model;
using Connectors.Core.Stages;

using NodaTime;

namespace Planner.Sample;

/// <summary>
/// A deterministic source and target snapshot for the demo firm: a few hundred cases with the mess real data has.
/// Each kind of mess is given to fixed case numbers (see <see cref="DemoFlaw"/>), so every run shows every skip
/// reason; names, stages and phones come from a seeded <see cref="Random"/>.
/// </summary>
internal sealed class DemoData
{
    public const string SourceSystem = "casepeer";

    private static readonly string[] FirstNames = ["Ana", "Ben", "Chloe", "Dev", "Elena", "Femi", "Grace", "Hugo", "Iris", "Jon"];
    private static readonly string[] LastNames = ["Alvarez", "Brooks", "Carter", "Diaz", "Evans", "Fischer", "Garcia", "Hughes"];

    private readonly Random _random = new(20261124);
    private readonly Instant _now;

    private DemoData(Instant now) => _now = now;

    public List<SourceCase> Source { get; } = [];

    public List<TargetCase> Target { get; } = [];

    public static DemoData Build(Instant now, int cases = 300)
    {
        var data = new DemoData(now);
        for (var number = 1; number <= cases; number++)
        {
            data.AddCase(number);
        }

        // A second, older record of a case the vendor returned twice: the planner keeps the newer one.
        var original = data.Source[10];
        data.Source.Add(original with { Status = "Intake", UpdatedAt = original.UpdatedAt - Duration.FromDays(2) });

        // Platform cases absent from this windowed snapshot: absence from a filtered read is no evidence, so they stay
        // open (only a read its source reports complete, of all time, with every record readable, closes by absence).
        for (var i = 1; i <= 3; i++)
        {
            data.Target.Add(new TargetCase(
                new CaseKey(SourceSystem, $"CP-9{i:D4}"),
                "Family Law",
                "Mediation",
                false,
                data.Client(),
                DemoFirm.Attorneys[0]));
        }

        return data;
    }

    private void AddCase(int number)
    {
        var area = DemoFirm.Catalog.PracticeAreas[_random.Next(DemoFirm.Catalog.PracticeAreas.Count)];
        var stage = area.Stages[_random.Next(area.Stages.Count)];
        var clean = new SourceCase(
            new CaseKey(SourceSystem, $"CP-{number:D5}"),
            area.PracticeArea,
            stage,
            IsClosed: false,
            UpdatedAt: _now - Duration.FromHours(_random.Next(1, 24 * 330)),
            Client(),
            DemoFirm.Attorneys[_random.Next(DemoFirm.Attorneys.Count)])
        {
            Title = $"Matter {number}",
        };

        var flaw = DemoFlaws.For(number);
        Source.Add(WithFlaw(clean, flaw, area));

        // The platform got its copy at an earlier sync, from the record as it was then (clean), and drifted since.
        if (!DemoFlaws.IsNewSinceLastSync(number, flaw))
        {
            var target = new TargetCase(
                clean.Key,
                area.PracticeArea,
                stage,
                false,
                clean.Client,
                clean.AttorneyEmail)
            { Title = clean.Title };
            Target.Add(Drift(target, flaw, area));
        }
    }

    private SourceCase WithFlaw(SourceCase source, DemoFlaw flaw, PracticeAreaStages area) => flaw switch
    {
        DemoFlaw.Closed => source with { IsClosed = true },
        DemoFlaw.NoPhone => source with { Client = source.Client with { Phone = null } },
        DemoFlaw.Landline => source with { Client = source.Client with { Phone = PhoneNumber.Parse(DemoPhones.UkLandline) } },
        DemoFlaw.InvalidPhone => source with { Client = source.Client with { Phone = PhoneNumber.Parse(DemoPhones.Invalid) } },
        DemoFlaw.UnknownAttorney => source with { AttorneyEmail = "former.partner@firm.example" },
        DemoFlaw.NoLastName => source with { Client = source.Client with { LastName = null } },
        DemoFlaw.UnmappedStatus => source with { Status = _random.Next(2) == 0 ? "Referred Open" : "Subbed Out" },
        DemoFlaw.OverriddenStatus when area.PracticeArea == "Personal Injury" => source with { Status = "Released From Treatment" },
        DemoFlaw.OverriddenStatus when area.PracticeArea == "Workers Compensation" => source with { Status = "Court Date Set" },
        // matched ignoring case and spaces
        DemoFlaw.SpelledDifferently => source with { Status = $"  {source.Status?.ToUpperInvariant()} " },
        DemoFlaw.NotEligible => source with { IsEligible = false },
        DemoFlaw.NotConnectedStageMoved => source with { IsConnected = false, Status = area.Stages[^1] },
        DemoFlaw.NotConnectedClosed => source with { IsConnected = false, IsClosed = true },
        DemoFlaw.Stale => source with { UpdatedAt = _now - Duration.FromDays(400 + _random.Next(200)) },
        _ => source,
    };

    private TargetCase Drift(TargetCase target, DemoFlaw flaw, PracticeAreaStages area) => flaw switch
    {
        DemoFlaw.StageMoved => target with { Stage = target.Stage == area.Stages[0] ? area.Stages[1] : area.Stages[0] },
        DemoFlaw.PhoneChanged => target with { Client = target.Client with { Phone = DemoPhones.Next(_random) } },
        DemoFlaw.AttorneyChanged => target with { AttorneyEmail = DemoFirm.Attorneys.First(a => a != target.AttorneyEmail) },
        DemoFlaw.NotConnectedStageMoved => target with { Stage = area.Stages[0] },
        DemoFlaw.OverriddenStatus => target with { Stage = area.Stages[0] },
        _ => target,
    };

    private ClientContact Client() =>
        new(FirstNames[_random.Next(FirstNames.Length)], LastNames[_random.Next(LastNames.Length)], DemoPhones.Next(_random));
}
