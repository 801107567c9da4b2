using System.Globalization;
using System.Text.Json;

using NodaTime;

namespace Connectors.Sandbox.MyCase;

/// <summary>
/// Deterministic MyCase data: practice areas and firm-wide case stages, staff (one lead lawyer unknown to the platform),
/// clients with and without cell phones, cases across stages, some closed, some missing required fields (no client
/// name, no cell phone, both, no lead lawyer, no practice area), some updated more than 12 months or 10 years ago.
/// </summary>
internal static class MyCaseSeedData
{
    /// <summary>The firm's case stages (MyCase's stages are firm-wide).</summary>
    public static IReadOnlyList<string> Stages { get; } =
        ["Intake", "Treatment", "Released From Treatment", "Demand", "Negotiation", "Litigation", "Settled", "Discovery", "Hearing"];

    /// <summary>Practice areas and the stages their cases move through.</summary>
    public static IReadOnlyDictionary<string, string[]> PracticeAreas { get; } = new Dictionary<string, string[]>
    {
        ["Personal Injury"] = ["Intake", "Treatment", "Released From Treatment", "Demand", "Negotiation", "Litigation", "Settled"],
        ["Workers Compensation"] = ["Intake", "Discovery", "Hearing", "Settled"],
        ["Family Law"] = ["Intake", "Discovery", "Negotiation", "Hearing"],
    };

    /// <summary>Staff; the fourth lead lawyer is not an attorney user on the platform, the paralegal is never a lead.</summary>
    public static IReadOnlyList<MyCaseSandboxStaff> Staff { get; } =
    [
        new(1, "Alex", "Reyes", "a.reyes@firm.example", "Attorney", true),
        new(2, "Jo", "Okafor", "j.okafor@firm.example", "Attorney", true),
        new(3, "Mei", "Chen", "m.chen@firm.example", "Attorney", true),
        new(4, "Former", "Partner", "former.partner@firm.example", "Attorney", false),
        new(5, "Pat", "Lane", "p.lane@firm.example", "Paralegal", true),
    ];

    private static readonly string[] FirstNames = ["Ana", "Ben", "Chloe", "Dev", "Elena", "Femi", "Grace", "Hugo", "Iris", "Jon"];
    private static readonly string[] LastNames = ["Alvarez", "Brooks", "Carter", "Diaz", "Evans", "Fischer", "Garcia", "Hughes"];
    private static readonly string[] Phones = ["402-320-", "312-405-", "617-660-", "415-202-"];

    /// <summary>Generates <paramref name="count"/> cases (ids from 1001) and their clients (ids from 50001).</summary>
    public static (List<MyCaseSandboxCase> Cases, List<MyCaseSandboxClient> Clients) Generate(int count, int seed, Instant seededAt)
    {
        var random = new Random(seed);
        var cases = new List<MyCaseSandboxCase>(count);
        var clients = new List<MyCaseSandboxClient>(count);
        var anchor = seededAt.ToDateTimeOffset();
        var areas = PracticeAreas.Keys.ToArray();
        for (var i = 0; i < count; i++)
        {
            var id = 1001 + i;
            var area = areas[random.Next(areas.Length)];
            var stages = PracticeAreas[area];
            var first = FirstNames[random.Next(FirstNames.Length)];
            var last = LastNames[random.Next(LastNames.Length)];
            var phone = Phones[random.Next(Phones.Length)] + random.Next(1000, 9999).ToString(CultureInfo.InvariantCulture);
            var flaw = random.Next(24);

            // Most cases changed in the last year; some 1 to 10 years ago (first sync only); a few over 10 years ago (never).
            var age = random.Next(20) switch
            {
                < 15 => TimeSpan.FromHours(random.Next(1, 24 * 330)),
                < 19 => TimeSpan.FromDays(random.Next(400, 3500)),
                _ => TimeSpan.FromDays(random.Next(3700, 4400)),
            };
            var updated = anchor - age;
            var clientId = 50_001 + i;
            clients.Add(new MyCaseSandboxClient(
                clientId,
                first,
                flaw is 1 or 8 ? null : last,
                $"client{id}@mail.example",
                flaw is 0 or 5 or 8 ? null : flaw == 2 ? "+44 20 7946 0958" : phone,
                flaw == 0 ? phone : null,
                updated));
            var closed = random.Next(12) == 0;
            cases.Add(new MyCaseSandboxCase(
                id,
                $"{last} v. Insurer {id}",
                flaw == 4 ? null : area,
                flaw == 6 ? null : stages[random.Next(stages.Length)],
                closed,
                [clientId],
                flaw == 3 ? 4 : flaw == 7 ? null : 1 + random.Next(3),
                updated - TimeSpan.FromDays(random.Next(1, 400)),
                updated)
            {
                CaseNumber = $"MC-{id}",
                OpenedDate = (updated - TimeSpan.FromDays(30)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                ClosedDate = closed ? updated.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : null,
            });
        }

        return (cases, clients);
    }

    /// <summary>
    /// Reads a data file: a JSON array of cases in MyCase's wire format, clients nested with their fields (as
    /// <c>field[client]</c> returns them) and staff by id with <c>lead_lawyer</c>. Unknown staff ids become staff
    /// <c>staff{id}@firm.example</c>.
    /// </summary>
    public static (
        List<MyCaseSandboxCase> Cases,
        List<MyCaseSandboxClient> Clients,
        List<MyCaseSandboxStaff> Staff) Load(string path, Instant now)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(path));
        var cases = new List<MyCaseSandboxCase>();
        var clients = new Dictionary<long, MyCaseSandboxClient>();
        var staff = Staff.ToDictionary(s => s.Id);
        foreach (var item in document.RootElement.EnumerateArray())
        {
            var updated = Date(item, "updated_at") ?? now.ToDateTimeOffset();
            var clientIds = new List<long>();
            if (item.TryGetProperty("clients", out var nested) && nested.ValueKind == JsonValueKind.Array)
            {
                foreach (var client in nested.EnumerateArray())
                {
                    var clientId = client.GetProperty("id").GetInt64();
                    clientIds.Add(clientId);
                    clients[clientId] = new MyCaseSandboxClient(
                        clientId, Text(client, "first_name"), Text(client, "last_name"), Text(client, "email"), Text(
                            client,
                            "cell_phone_number"), Text(client, "work_phone_number"), updated);
                }
            }

            long? lead = null;
            if (item.TryGetProperty("staff", out var members) && members.ValueKind == JsonValueKind.Array)
            {
                foreach (var member in members.EnumerateArray())
                {
                    var staffId = member.GetProperty("id").GetInt64();
                    staff.TryAdd(
                        staffId,
                        new MyCaseSandboxStaff(
                            staffId,
                            "Staff",
                            staffId.ToString(CultureInfo.InvariantCulture),
                            $"staff{staffId}@firm.example",
                            "Attorney",
                            true));
                    if (member.TryGetProperty("lead_lawyer", out var isLead) && isLead.ValueKind == JsonValueKind.True)
                    {
                        lead = staffId;
                    }
                }
            }

            cases.Add(new MyCaseSandboxCase(
                item.GetProperty("id").GetInt64(),
                Text(item, "name") ?? $"Case {item.GetProperty("id").GetInt64()}",
                Text(item, "practice_area"),
                Text(item, "case_stage"),
                string.Equals(Text(item, "status"), "closed", StringComparison.OrdinalIgnoreCase),
                clientIds,
                lead,
                Date(item, "created_at") ?? updated,
                updated)
            {
                CaseNumber = Text(item, "case_number"),
                OpenedDate = Text(item, "opened_date"),
                ClosedDate = Text(item, "closed_date"),
            });
        }

        return (cases, [.. clients.Values], [.. staff.Values]);
    }

    private static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static DateTimeOffset? Date(JsonElement element, string name) =>
        Text(element, name) is { } text
            && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var value) ? value : null;
}
