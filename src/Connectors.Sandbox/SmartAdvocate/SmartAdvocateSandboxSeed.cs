using System.Text;

namespace Connectors.Sandbox.SmartAdvocate;

/// <summary>
/// Deterministic seeded cases relative to the sandbox's start time. Fixed cases first, so tests can name them:
/// 1001 and 1002 are due to be dialled; 1003 is due in another campaign; 1004 is not due yet; 1005 is "Do not Dial";
/// 1006 (open) and 1007 (closed) share a phone, and 1008 and 1009 (both closed) share another, for AddCaseNoteByPhone.
/// Further cases (up to the configured count) are generated.
/// </summary>
internal static class SmartAdvocateSandboxSeed
{
    public const string Campaign = "Intake follow-up";
    public const string SharedOpenPhone = "4025550106";
    public const string SharedClosedPhone = "4025550108";

    private static readonly string[] FirstNames = ["Jane", "John", "Maria", "Wei", "Aisha", "Carlos", "Emily", "Noah", "Olivia", "Liam"];
    private static readonly string[] LastNames = ["Doe", "Smith", "Garcia", "Chen", "Khan", "Lopez", "Brown", "Nguyen", "Patel", "Wilson"];
    private static readonly (long Id, string Name)[] CaseTypes = [(3, "Auto Accident"), (4, "Slip and Fall"), (5, "Medical Malpractice")];
    private static readonly (long Id, string Name)[] Statuses = [
        (10, "Intake"),
        (11, "Treatment"),
        (12, "LIT 03 - Lawsuit Served"),
        (13, "LIT 04 - Answer Received")];
    private static readonly (long Id, string Name)[] Offices = [(1, "Omaha"), (2, "Lincoln")];

    /// <summary>The status a closed case shows, and the one a reopened case with no earlier status returns to.</summary>
    public const string ClosedStatus = "Closed";

    /// <summary>The first open status.</summary>
    public static string FirstOpenStatus => Statuses[0].Name;

    /// <summary>A status's id: the seeded one, 99 for <see cref="ClosedStatus"/>, 90 for a status the seed does not use.</summary>
    public static long StatusId(string status) =>
        string.Equals(status, ClosedStatus, StringComparison.OrdinalIgnoreCase) ? 99
            : Statuses.FirstOrDefault(s => string.Equals(s.Name, status, StringComparison.OrdinalIgnoreCase)) is { Name: not null } known
                ? known.Id : 90;

    /// <summary>Cases from a file in the dialer's GetCasesToDial answer shape; every case is open.</summary>
    public static IReadOnlyList<SandboxCase> FromFile(string path, DateTimeOffset now, TimeZoneInfo dialerZone)
    {
        var records = System.Text.Json.JsonSerializer.Deserialize(File.ReadAllText(path), SmartAdvocateSandboxJson.Default.ListSaCaseToDial)
            ?? [];
        return [.. records.Select((r, i) =>
        {
            var c = Case(
                r.CaseId,
                now,
                "Plaintiff",
                $"Case{r.CaseId}",
                r.Phones.FirstOrDefault(p => p.Primary)?.Phone ?? (r.Phones.Count > 0 ? r.Phones[0].Phone : ""),
                null,
                r.ZipCode,
                open: true,
                _ => { },
                i + 1);
            c.Phones = [.. r.Phones.Select(p => new SandboxPhone(p.PhoneName, p.Phone, p.Primary, p.Text))];
            c.CaseStatus = r.CaseStatus;
            c.DialerStatus = r.DialerStatus;
            c.Campaign = r.Campaign;
            c.Attempts = int.TryParse(
                r.Attempts,
                System.Globalization.NumberStyles.None,
                System.Globalization.CultureInfo.InvariantCulture,
                out var a)
                ? a : 0;
            c.NextCall = DateTime.TryParse(
                r.DialDateTime,
                System.Globalization.CultureInfo.InvariantCulture,
                System.Globalization.DateTimeStyles.None,
                out var at)
                ? at : TimeZoneInfo.ConvertTime(now, dialerZone).DateTime;
            return c;
        })];
    }

    public static IReadOnlyList<SandboxCase> Build(DateTimeOffset now, TimeZoneInfo dialerZone, int count)
    {
        var local = TimeZoneInfo.ConvertTime(now, dialerZone).DateTime;
        var cases = new List<SandboxCase>
        {
            Case(1001, now, "Jane", "Doe", "4025555759", "4025551234", "68046", open: true, ToDialAt(local.AddHours(-3))),
            Case(1002, now, "John", "Smith", "2125550143", null, "10001", open: true, ToDialAt(local.AddHours(-1))),
            Case(
                1003,
                now,
                "Maria",
                "Garcia",
                "2135550123",
                null,
                "90012",
                open: true,
                ToDialAt(local.AddHours(-2), campaign: "Settlement calls")),
            Case(1004, now, "Wei", "Chen", "3055550100", null, "33101", open: true, ToDialAt(local.AddHours(2))),
            Case(
                1005,
                now,
                "Aisha",
                "Khan",
                "4025758268",
                null,
                "11235",
                open: true,
                c =>
                {
                    c.DialerStatus = SmartAdvocateSandboxState.DoNotDial;
                    c.Campaign = Campaign;
                    c.Attempts = 1;
                    c.Disposition = "Successful";
                }),
            Case(1006, now, "Carlos", "Lopez", SharedOpenPhone, null, "68102", open: true, _ => { }),
            Case(1007, now, "Carlos", "Lopez", SharedOpenPhone, null, "68102", open: false, _ => { }),
            Case(1008, now, "Emily", "Brown", SharedClosedPhone, null, "68508", open: false, _ => { }),
            Case(1009, now, "Emily", "Brown", SharedClosedPhone, null, "68508", open: false, _ => { }),
        };
        for (var id = 1010; cases.Count < count; id++)
        {
            var i = id - 1000;
            cases.Add(Case(id, now, FirstNames[i % FirstNames.Length], LastNames[(i * 3) % LastNames.Length],
                $"402555{(1000 + i):D4}", null, "68046", open: i % 5 != 0,
                i % 2 == 0 ? ToDialAt(local.AddMinutes(-10 * i)) : _ => { }));
        }

        return cases;
    }

    private static Action<SandboxCase> ToDialAt(DateTime nextCall, string campaign = Campaign) => c =>
    {
        c.DialerStatus = SmartAdvocateSandboxState.ToDial;
        c.NextCall = nextCall;
        c.Campaign = campaign;
        c.Attempts = c.CaseId % 3 == 0 ? 1 : 0;
        c.Disposition = c.Attempts == 0 ? "Never Dialed" : "No Answer";
    };

    private static SandboxCase Case(
        long id,
        DateTimeOffset now,
        string first,
        string last,
        string cell,
        string? home,
        string zip,
        bool open,
        Action<SandboxCase> dialer,
        int? index = null)
    {
        var i = index ?? (int)(id - 1000);
        var type = CaseTypes[i % CaseTypes.Length];
        var status = open ? Statuses[i % Statuses.Length] : (99L, ClosedStatus);
        var office = Offices[i % Offices.Length];
        var created = now.AddDays(-30 * (i % 240)); // at most 20 years back, however many cases
        var statusFrom = now.AddDays(-(i % 7000));
        var phones = new List<SandboxPhone> { new("Cell", cell, true, true) };
        if (home is not null)
        {
            phones.Add(new SandboxPhone("Home", home, false, false));
        }

        var sandboxCase = new SandboxCase
        {
            CaseId = id,
            CaseNumber = (9_000_000 + i).ToString(System.Globalization.CultureInfo.InvariantCulture),
            CaseTypeId = type.Id,
            CaseType = type.Name,
            CaseStatusId = status.Item1,
            CaseStatus = status.Item2,
            CaseStatusFrom = statusFrom,
            OfficeId = office.Id,
            OfficeName = office.Name,
            FirstName = first,
            LastName = last,
            Email = $"{first}.{last}{i}@example.com".ToLowerInvariant(),
            ContactId = 500 + i,
            Phones = phones,
            SubStatuses = i % 2 == 1
                ? [("Treatment Status", i % 4 == 1 ? "Treating" : "Released From Treatment", now.AddDays(-i).AddHours(-1))] : [],
            ZipCode = zip,
            IsOpen = open,
            // Every case has a paralegal on its staff and no attorney, so a sync falls back to the configured attorney
            // unless a test assigns one (SmartAdvocateSandbox.AssignStaff).
            Staff = [new SandboxStaff(7, "Park, Sam", "Paralegal", "sam.park@sandbox-firm.example")],
            Created = created,
            Modified = statusFrom,
            Notes = [new SandboxNote(10_000 + i, $"<p>Intake call with {first}.</p>", "Plaintiff", created.AddHours(1), 7)],
            Documents = [new SandboxDocument(
                9_000 + i,
                id,
                (9_000_000 + i).ToString(System.Globalization.CultureInfo.InvariantCulture),
                $"intake-{id}.pdf",
                "Intake",
                statusFrom,
                Encoding.UTF8.GetBytes($"%PDF-1.4 sandbox document {id}"))],
        };
        sandboxCase.NextCall = sandboxCase.CaseStatusFrom.UtcDateTime; // replaced by the dialer setup below when it schedules a call
        dialer(sandboxCase);
        return sandboxCase;
    }
}
