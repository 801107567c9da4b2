using Connectors.Core.Http;
using Connectors.Core.Model;
using Connectors.SmartAdvocate.Http;
using Connectors.SmartAdvocate.Models;

using Microsoft.Extensions.Options;

using NodaTime;

namespace Connectors.SmartAdvocate.Dialer;

/// <summary>
/// The Predictive Dialer flow: cases to dial, status updates (checked against <see cref="DialerRules"/> before any
/// request), and notes by case or by phone (marked so they never come back as input). Errors surface as Core's
/// <see cref="ConnectorApiException"/> family. Writes are never retried automatically.
/// </summary>
public sealed class SmartAdvocateDialerClient
{
    private const string GetCasesEndpoint = "POST /DialerAPI/GetCasesToDial";
    private const string UpdateEndpoint = "POST /DialerAPI/UpdateCaseStatus";
    private const string NoteEndpoint = "POST /DialerAPI/AddCaseNote";
    private const string NoteByPhoneEndpoint = "POST /DialerAPI/AddCaseNoteByPhone";

    private readonly ISmartAdvocateDialerApi _api;
    private readonly FirmOptions _options;
    private readonly IClock _clock;

    internal SmartAdvocateDialerClient(ISmartAdvocateDialerApi api, FirmOptions options, IClock clock, DialerVocabulary vocabulary)
    {
        _api = api;
        _options = options;
        _clock = clock;
        Vocabulary = vocabulary;
    }

    /// <summary>The firm's dialer values the rules use.</summary>
    public DialerVocabulary Vocabulary { get; }

    /// <summary>The zone SmartAdvocate's dialer times are written in (<see cref="SmartAdvocateOptions.DialerTimeZone"/>).</summary>
    public DateTimeZone DialerZone => DateTimeZoneProviders.Tzdb[_options.Current.DialerTimeZone];

    /// <summary>Cases whose dialer status is "To Dial" and whose time has come; with auto-change they are now "In the Dialer".</summary>
    /// <exception cref="ConnectorValidationException"><see cref="DialerQuery.Records"/> is not positive.</exception>
    public async Task<IReadOnlyList<DialerCase>> GetCasesToDialAsync(DialerQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (query.Records <= 0)
        {
            throw new ConnectorValidationException("GetCasesToDial", [$"Records must be at least 1 (was {query.Records})."]);
        }

        var request = new GetCasesToDialRequest { Campaign = query.Campaign ?? "", CaseGroup = query.CaseGroup ?? "", Records = query.Records, AutoChange = query.AutoChange };
        var records = await SmartAdvocateCall.RunAsync(GetCasesEndpoint, ct => _api.GetCasesToDialAsync(request, ct), cancellationToken).ConfigureAwait(false);
        var zone = DialerZone;
        return [.. (records ?? []).Where(r => r is not null).Select(r => DialerMapper.ToCase(r, zone))];
    }

    /// <summary>
    /// Sends the updates in one call. "To Dial" needs a future <see cref="DialerCaseUpdate.NextCall"/>; "In the Dialer"
    /// and "Do not Dial" get the current time. Nothing is sent when <paramref name="updates"/> is empty.
    /// </summary>
    /// <exception cref="ConnectorValidationException">An update breaks <see cref="DialerRules"/>; every problem is listed and nothing was sent.</exception>
    public async Task UpdateCaseStatusAsync(IReadOnlyList<DialerCaseUpdate> updates, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(updates);
        if (updates.Count == 0)
        {
            return;
        }

        var now = _clock.GetCurrentInstant();
        var problems = DialerRules.Check(updates, now, Vocabulary);
        if (problems.Count > 0)
        {
            throw new ConnectorValidationException("UpdateCaseStatus", problems);
        }

        var zone = DialerZone;
        // An array: Refit serialises the runtime type, which the JSON context must know.
        UpdateCaseStatusRecord[] body = [.. updates.Select(u => DialerMapper.ToRecord(u, now, zone, Vocabulary))];
        await SmartAdvocateCall.RunAsync(UpdateEndpoint, ct => _api.UpdateCaseStatusAsync(body, ct), cancellationToken).ConfigureAwait(false);
        SmartAdvocateTelemetry.Instance.RecordWriteBack("dialer-status");
    }

    /// <summary>Adds a note to one case; the note starts with <see cref="SmartAdvocateOptions.NoteMarker"/>.</summary>
    /// <exception cref="ConnectorValidationException">The case id is not positive or the note is empty.</exception>
    public async Task AddCaseNoteAsync(long caseId, string note, CancellationToken cancellationToken = default)
    {
        var problems = new List<string>();
        if (caseId <= 0)
        {
            problems.Add($"CaseID must be a positive SmartAdvocate case id (was {caseId}).");
        }

        if (string.IsNullOrWhiteSpace(note))
        {
            problems.Add("The note is empty.");
        }

        if (problems.Count > 0)
        {
            throw new ConnectorValidationException("AddCaseNote", problems);
        }

        var request = new AddCaseNoteRequest { CaseId = caseId, Note = Mark(note) };
        await SmartAdvocateCall.RunAsync(NoteEndpoint, ct => _api.AddCaseNoteAsync(request, ct), cancellationToken).ConfigureAwait(false);
        SmartAdvocateTelemetry.Instance.RecordWriteBack("note");
    }

    /// <summary>
    /// Adds a note to the cases with <paramref name="phone"/>: every open one, or, when none is open, every closed one
    /// (SmartAdvocate decides). The note starts with <see cref="SmartAdvocateOptions.NoteMarker"/>.
    /// </summary>
    /// <exception cref="ConnectorValidationException">The phone is not a valid number or the note is empty.</exception>
    public async Task AddCaseNoteByPhoneAsync(PhoneNumber phone, string note, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(phone);
        var problems = new List<string>();
        if (!phone.IsValid)
        {
            problems.Add($"The phone {phone} is not a valid number.");
        }

        if (string.IsNullOrWhiteSpace(note))
        {
            problems.Add("The note is empty.");
        }

        if (problems.Count > 0)
        {
            throw new ConnectorValidationException("AddCaseNoteByPhone", problems);
        }

        var request = new AddCaseNoteByPhoneRequest { Phone = DialerMapper.ToDialerPhone(phone), Note = Mark(note) };
        await SmartAdvocateCall.RunAsync(NoteByPhoneEndpoint, ct => _api.AddCaseNoteByPhoneAsync(request, ct), cancellationToken).ConfigureAwait(false);
        SmartAdvocateTelemetry.Instance.RecordWriteBack("note-by-phone");
    }

    private string Mark(string note) => SmartAdvocateNoteMarker.Mark(_options.Current.NoteMarker, note);
}