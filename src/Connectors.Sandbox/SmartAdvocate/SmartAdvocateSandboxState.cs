using System.Globalization;
using System.Text;

namespace Connectors.Sandbox.SmartAdvocate;

/// <summary>
/// SmartAdvocate's server-side state in the sandbox: cases with their dialer fields (status, next call, attempts,
/// disposition), notes and documents, and issued CaseSyncAPI tokens. Thread-safe; every read returns a copy.
/// Dialer times are local to <see cref="DialerZone"/>, as SmartAdvocate writes them (no offset).
/// </summary>
internal sealed class SmartAdvocateSandboxState
{
    public const string ToDial = "To Dial";
    public const string InTheDialer = "In the Dialer";
    public const string DoNotDial = "Do not Dial";

    private readonly object _gate = new();
    private readonly List<SandboxCase> _cases;
    private readonly Dictionary<string, DateTimeOffset> _tokens = new(StringComparer.Ordinal);
    private readonly TimeProvider _time;
    private readonly Action<string, string, string> _record;
    private long _nextNoteId = 100_000;

    public SmartAdvocateSandboxState(
        IEnumerable<SandboxCase> cases,
        TimeProvider time,
        SmartAdvocateSandboxOptions options,
        Action<string, string, string> record)
    {
        _cases = [.. cases];
        _time = time;
        _record = record;
        Options = options;
        DialerZone = TimeZoneInfo.FindSystemTimeZoneById(options.DialerTimeZone);
    }

    public SmartAdvocateSandboxOptions Options { get; }

    public TimeZoneInfo DialerZone { get; }

    /// <summary>How many sign-ins the sandbox answered (tests assert single-flight).</summary>
    public int SignIns { get; private set; }

    /// <summary>How many per-case status updates changed nothing (identical resends) and so were not logged.</summary>
    public int UnchangedStatusUpdates { get; private set; }

    public DateTimeOffset Now => _time.GetUtcNow();

    public DateTime LocalNow => TimeZoneInfo.ConvertTime(Now, DialerZone).DateTime;

    public string? SignIn(string? username, string? password)
    {
        if (!string.Equals(
            username,
            Options.Username,
            StringComparison.Ordinal) || !string.Equals(password, Options.Password, StringComparison.Ordinal))
        {
            return null;
        }

        lock (_gate)
        {
            SignIns++;
            var expires = Now + Options.TokenLifetime.ToTimeSpan();
            var payload = $"{{\"unique_name\":\"{Options.UserId}\",\"nbf\":{Now.ToUnixTimeSeconds()}," +
                $"\"exp\":{expires.ToUnixTimeSeconds()},\"iat\":{Now.ToUnixTimeSeconds()}," +
                $"\"iss\":\"SmartAdvocateSandbox\",\"jti\":\"{SignIns}\"}}";
            var token = $"eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.{Base64Url(payload)}.{Base64Url($"sandbox-signature-{SignIns}")}";
            _tokens[token] = expires;
            return token;
        }
    }

    public bool IsValidToken(string? token)
    {
        lock (_gate)
        {
            return token is not null && _tokens.TryGetValue(token, out var expires) && Now < expires;
        }
    }

    /// <summary>Forgets every token, as a server restart would: the next call gets a 401.</summary>
    public void RevokeTokens()
    {
        lock (_gate)
        {
            _tokens.Clear();
        }
    }

    public IReadOnlyList<SandboxCase> Cases
    {
        get
        {
            lock (_gate)
            {
                return [.. _cases.Select(c => c.Copy())];
            }
        }
    }

    public IReadOnlyList<SandboxCase> CaseInfo(string pattern)
    {
        lock (_gate)
        {
            return [.. _cases.Where(c => Like(c.CaseNumber, pattern)).OrderBy(c => c.CaseId).Select(c => c.Copy())];
        }
    }

    public SandboxCase? Case(long caseId)
    {
        lock (_gate)
        {
            return _cases.FirstOrDefault(c => c.CaseId == caseId)?.Copy();
        }
    }

    /// <summary>Adds a staff member to a case's staff (replacing whoever held the role). False when there is no such case.</summary>
    public bool AssignStaff(long caseId, SandboxStaff staff)
    {
        lock (_gate)
        {
            if (_cases.FirstOrDefault(c => c.CaseId == caseId) is not { } found)
            {
                return false;
            }

            found.Staff = [.. found.Staff.Where(s => !string.Equals(s.Role, staff.Role, StringComparison.OrdinalIgnoreCase)), staff];
            return true;
        }
    }

    public IReadOnlyList<SandboxNote>? Notes(long caseId)
    {
        lock (_gate)
        {
            return _cases.FirstOrDefault(c => c.CaseId == caseId) is { } found ? [.. found.Notes] : null;
        }
    }

    /// <summary>
    /// Changes one case as a firm user would in SmartAdvocate: a new status, a sub-status of a type set (replacing that
    /// type's), closing (status "Closed") or reopening (the status given, else the one it had before it closed). The
    /// changed dates (status from, sub-status from, modified) become <paramref name="at"/>. False when there is no such case.
    /// </summary>
    public bool UpdateCase(long caseId, DateTimeOffset at, string? status, (string Type, string Name)? subStatus, bool? closed)
    {
        lock (_gate)
        {
            var target = _cases.FirstOrDefault(c => c.CaseId == caseId);
            if (target is null)
            {
                return false;
            }

            var isOpen = closed is { } close ? !close : target.IsOpen;
            var newStatus = (isOpen, target.IsOpen) switch
            {
                (false, true) => status ?? SmartAdvocateSandboxSeed.ClosedStatus,
                (true, false) => status ?? target.StatusBeforeClose ?? SmartAdvocateSandboxSeed.FirstOpenStatus,
                _ => status ?? target.CaseStatus,
            };
            if (!isOpen && target.IsOpen)
            {
                target.StatusBeforeClose = target.CaseStatus;
            }

            if (!string.Equals(newStatus, target.CaseStatus, StringComparison.Ordinal))
            {
                target.CaseStatus = newStatus;
                target.CaseStatusId = SmartAdvocateSandboxSeed.StatusId(newStatus);
                target.CaseStatusFrom = at;
            }

            if (subStatus is { } sub)
            {
                target.SubStatuses = [.. target.SubStatuses.Where(s => !Same(s.Type, sub.Type)), (sub.Type, sub.Name, at)];
            }

            target.IsOpen = isOpen;
            target.Modified = at;
            return true;
        }
    }

    /// <summary>GetCasesToDial: "To Dial" cases whose next call has passed, oldest first; auto-change sets "In the Dialer".</summary>
    public IReadOnlyList<SandboxCase> CasesToDial(string? campaign, string? caseGroup, int records, bool autoChange)
    {
        lock (_gate)
        {
            var now = LocalNow;
            var due = _cases
                .Where(c => Same(c.DialerStatus, ToDial) && c.NextCall <= now)
                .Where(c => string.IsNullOrEmpty(campaign) || Same(c.Campaign, campaign))
                .Where(c => string.IsNullOrEmpty(caseGroup) || Same(c.CaseGroup, caseGroup))
                .OrderBy(c => c.NextCall).ThenBy(c => c.CaseId)
                .Take(Math.Max(0, records))
                .ToList();
            var answer = due.Select(c => c.Copy()).ToList();
            if (autoChange)
            {
                foreach (var c in due)
                {
                    c.DialerStatus = InTheDialer;
                    c.NextCall = now;
                    c.Modified = Now;
                    // A state change like any other write: a request repeated blindly shows up here as more cases moved.
                    _record("dialer-auto-change", c.CaseId.ToString(CultureInfo.InvariantCulture), $"status={InTheDialer}");
                }
            }

            return answer;
        }
    }

    /// <summary>UpdateCaseStatus: all or nothing; returns the problems, or an empty list when applied.</summary>
    public IReadOnlyList<string> UpdateCaseStatus(IReadOnlyList<(
        long? CaseId,
        string? Status,
        string? NextCall,
        string? Attempts,
        string? Disposition)> updates)
    {
        lock (_gate)
        {
            var problems = new List<string>();
            var parsed = new List<(SandboxCase Case, string? Status, DateTime? NextCall, int? Attempts, string? Disposition)>();
            foreach (var u in updates)
            {
                var target = u.CaseId is { } id ? _cases.FirstOrDefault(c => c.CaseId == id) : null;
                if (target is null)
                {
                    problems.Add(u.CaseId is null ? "CaseID is required." : $"Case {u.CaseId} not found.");
                    continue;
                }

                DateTime? next = null;
                if (!string.IsNullOrEmpty(u.NextCall))
                {
                    if (u.NextCall.EndsWith('Z') || u.NextCall.Contains('+', StringComparison.Ordinal)
                        || !DateTime.TryParse(u.NextCall, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
                    {
                        problems.Add($"Case {u.CaseId}: NextCall '{u.NextCall}' is not a local date and time.");
                        continue;
                    }

                    next = local;
                }

                int? attempts = null;
                if (!string.IsNullOrEmpty(u.Attempts))
                {
                    if (!int.TryParse(u.Attempts, NumberStyles.None, CultureInfo.InvariantCulture, out var a) || a > Options.MaxAttempts)
                    {
                        problems.Add($"Case {u.CaseId}: Attempts '{u.Attempts}' is not 0 to {Options.MaxAttempts}.");
                        continue;
                    }

                    attempts = a;
                }

                parsed.Add((
                    target,
                    string.IsNullOrWhiteSpace(u.Status) ? null : u.Status,
                    next,
                    attempts,
                    string.IsNullOrWhiteSpace(u.Disposition) ? null : u.Disposition));
            }

            if (problems.Count > 0)
            {
                return problems;
            }

            foreach (var (target, status, next, attempts, disposition) in parsed)
            {
                // Absolute values: an update that leaves the case as it is (a resend of one already applied) changes
                // nothing, so it is not a write; the log then holds each logical update once.
                var newStatus = status ?? target.DialerStatus;
                var newNext = next ?? target.NextCall;
                var newAttempts = attempts ?? target.Attempts;
                var newDisposition = disposition ?? target.Disposition;
                if (newStatus == target.DialerStatus && newNext == target.NextCall
                    && newAttempts == target.Attempts && newDisposition == target.Disposition)
                {
                    UnchangedStatusUpdates++;
                    continue;
                }

                target.DialerStatus = newStatus;
                target.NextCall = newNext;
                target.Attempts = newAttempts;
                target.Disposition = newDisposition;
                target.Modified = Now;
                _record("dialer-status", target.CaseId.ToString(CultureInfo.InvariantCulture),
                    $"status={target.DialerStatus}; next={target.NextCall:yyyy-MM-ddTHH:mm:ss}; attempts={target.Attempts}; " +
                        $"disposition={target.Disposition}");
            }

            return [];
        }
    }

    /// <summary>AddCaseNote: false when the case does not exist.</summary>
    public bool AddCaseNote(long caseId, string note)
    {
        lock (_gate)
        {
            var target = _cases.FirstOrDefault(c => c.CaseId == caseId);
            if (target is null)
            {
                return false;
            }

            AddNote(target, note);
            _record("note", caseId.ToString(CultureInfo.InvariantCulture), $"{note.Length} characters");
            return true;
        }
    }

    /// <summary>
    /// AddCaseNoteByPhone, as the vendor describes it: the note goes to every open case with the phone; when none is
    /// open, to every closed one. Returns the cases noted (none when no case has the phone).
    /// </summary>
    public IReadOnlyList<long> AddCaseNoteByPhone(string phone, string note)
    {
        lock (_gate)
        {
            var digits = Digits(phone);
            var withPhone = _cases.Where(c => c.Phones.Any(p => Digits(p.Number) == digits)).ToList();
            var targets = withPhone.Where(c => c.IsOpen).ToList() is { Count: > 0 } open ? open : withPhone;
            foreach (var target in targets)
            {
                AddNote(target, note);
                _record(
                    "note-by-phone",
                    target.CaseId.ToString(CultureInfo.InvariantCulture),
                    target.IsOpen ? "open case" : "closed case (no open case has the phone)");
            }

            return [.. targets.Select(c => c.CaseId).Order()];
        }
    }

    public IReadOnlyList<SandboxDocument> Documents(DateTimeOffset from, DateTimeOffset to)
    {
        lock (_gate)
        {
            return [.. _cases.SelectMany(c => c.Documents).Where(d => d.Modified >= from && d.Modified < to).OrderBy(d => d.DocumentId)];
        }
    }

    public SandboxDocument? Document(long documentId)
    {
        lock (_gate)
        {
            return _cases.SelectMany(c => c.Documents).FirstOrDefault(d => d.DocumentId == documentId);
        }
    }

    private void AddNote(SandboxCase target, string note)
    {
        target.Notes.Add(new SandboxNote(_nextNoteId++, note, "Dialer", Now, Options.UserId));
        target.Modified = Now;
    }

    /// <summary>The last ten digits: how SmartAdvocate's dialer writes a North American number.</summary>
    internal static string Digits(string phone)
    {
        var digits = new string([.. phone.Where(char.IsAsciiDigit)]);
        return digits.Length > 10 ? digits[^10..] : digits;
    }

    private static bool Same(string? a, string? b) => string.Equals(a?.Trim(), b?.Trim(), StringComparison.OrdinalIgnoreCase);

    /// <summary>SQL LIKE with <c>%</c> only, as CaseInfo's <c>Casenumber</c> takes it.</summary>
    internal static bool Like(string value, string pattern)
    {
        var parts = pattern.Split('%');
        if (parts.Length == 1)
        {
            return string.Equals(value, pattern, StringComparison.OrdinalIgnoreCase);
        }

        var position = 0;
        for (var i = 0; i < parts.Length; i++)
        {
            var part = parts[i];
            if (i == 0)
            {
                if (!value.StartsWith(part, StringComparison.OrdinalIgnoreCase))
                {
                    return false;
                }

                position = part.Length;
                continue;
            }

            if (i == parts.Length - 1)
            {
                return value.Length - position >= part.Length && value.EndsWith(part, StringComparison.OrdinalIgnoreCase);
            }

            var found = value.IndexOf(part, position, StringComparison.OrdinalIgnoreCase);
            if (found < 0)
            {
                return false;
            }

            position = found + part.Length;
        }

        return true;
    }

    private static string Base64Url(string text) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes(text)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
