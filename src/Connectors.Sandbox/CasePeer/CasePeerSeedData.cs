using NodaTime;

namespace Connectors.Sandbox.CasePeer;

/// <summary>
/// Deterministic CASEpeer cases: several case types and statuses, open and closed, some not eligible or not connected,
/// some invalid (no cell phone, an attorney unknown to the platform, a landline), some statuses with no platform stage, and a few cases
/// listed twice.
/// </summary>
internal static class CasePeerSeedData
{
    /// <summary>Case types and their statuses, as a firm's CASEpeer might have them.</summary>
    public static IReadOnlyDictionary<string, string[]> Statuses { get; } = new Dictionary<string, string[]>
    {
        ["Personal Injury"] = ["Intake", "Treatment", "Released From Treatment", "Demand", "Negotiation", "Litigation", "Settled"],
        ["Workers Compensation"] = ["Intake", "Medical Review", "Hearing", "Award"],
        ["Premises Liability"] = ["Intake", "Investigation", "Demand", "Negotiation"],
    };

    /// <summary>Attorneys; the last one is not an attorney user on the platform.</summary>
    public static IReadOnlyList<CasePeerAttorneyWire> Attorneys { get; } =
    [
        new(1, "Alex Reyes", "a.reyes@firm.example"),
        new(2, "Jo Okafor", "j.okafor@firm.example"),
        new(3, "Mei Chen", "m.chen@firm.example"),
        new(4, "Former Partner", "former.partner@firm.example"),
    ];

    private static readonly string[] FirstNames = ["Ana", "Ben", "Chloe", "Dev", "Elena", "Femi", "Grace", "Hugo", "Iris", "Jon"];
    private static readonly string[] LastNames = ["Alvarez", "Brooks", "Carter", "Diaz", "Evans", "Fischer", "Garcia", "Hughes"];
    private static readonly string[] Phones = ["402-320-", "312-405-", "617-660-", "415-202-"];
    private static readonly string[] Unmapped = ["Referred Open", "Subbed Out"];

    /// <summary>Generates <paramref name="count"/> distinct cases with ids 1001 upwards (plus their duplicates).</summary>
    public static List<CasePeerCaseWire> Generate(int count, int seed, Instant seededAt)
    {
        var random = new Random(seed);
        var cases = new List<CasePeerCaseWire>(count);
        var anchor = seededAt.ToDateTimeOffset();
        var types = Statuses.Keys.ToArray();
        for (var i = 0; i < count; i++)
        {
            var id = 1001 + i;
            var type = types[random.Next(types.Length)];
            var statuses = Statuses[type];
            var status = random.Next(25) == 0 ? Unmapped[random.Next(Unmapped.Length)] : statuses[random.Next(statuses.Length)];
            var first = FirstNames[random.Next(FirstNames.Length)];
            var last = LastNames[random.Next(LastNames.Length)];
            var phone = Phones[random.Next(Phones.Length)]
                + random.Next(1000, 9999).ToString(System.Globalization.CultureInfo.InvariantCulture);
            var flaw = random.Next(30);
            var client = new CasePeerClientWire(
                50_000 + i,
                first,
                flaw == 1 ? null : last,
                flaw == 0 ? null : flaw == 2 ? "+44 20 7946 0958" : phone,
                $"client{id}@mail.example");
            var attorney = flaw == 3 ? Attorneys[^1] : Attorneys[random.Next(Attorneys.Count - 1)];
            cases.Add(new CasePeerCaseWire(
                id,
                $"{last ?? first} v. Insurer {id}",
                type,
                status,
                IsClosed: random.Next(20) == 0,
                UpdatedAt: anchor.AddHours(-random.Next(1, 24 * 500)),
                CaseStatusEligible: random.Next(40) != 0,
                ConnectedToCaseStatus: random.Next(30) != 0,
                attorney,
                client));

            // Now and then CASEpeer returns a case twice (an older copy): the planner must never create it twice.
            if (i % 97 == 96)
            {
                cases.Add(cases[^1] with { Status = statuses[0], UpdatedAt = cases[^1].UpdatedAt.AddDays(-3) });
            }
        }

        return cases;
    }
}
