using Connectors.Core;
using Connectors.Core.Http;
using Connectors.Core.Model;
using Connectors.Shared;
using Connectors.SmartAdvocate.Http;
using Connectors.SmartAdvocate.Models;

using Microsoft.Extensions.Options;

using NodaTime;

namespace Connectors.SmartAdvocate.Dialer;

/// <summary>
/// The Predictive Dialer flow: cases to dial, status updates (checked against <see cref="DialerRules"/> before any
/// request), and notes by case or by phone (marked so they never come back as input). Errors surface as Core's
/// <see cref="ConnectorApiException"/> family. The resilience pipeline never repeats these POSTs; every write goes through
/// Core's write-safety block (<see cref="DialerWriteBlock"/>), which resends it, up to
/// <see cref="SmartAdvocateOptions.WriteAttempts"/>, only where a resend cannot apply it twice (docs/vendors/smartadvocate.md,
/// "Writes under faults"), and otherwise throws <see cref="DialerOutcomeUnknownException"/>. Requests are checked by
/// <see cref="DialerRequestChecks"/> before anything is sent; what an unknown outcome says is in <see cref="DialerWriteWording"/>.
/// </summary>
public sealed class SmartAdvocateDialerClient
{
    private const string GetCasesEndpoint = "POST /DialerAPI/GetCasesToDial";
    private const string UpdateEndpoint = "POST /DialerAPI/UpdateCaseStatus";
    private const string NoteEndpoint = "POST /DialerAPI/AddCaseNote";
    private const string NoteByPhoneEndpoint = "POST /DialerAPI/AddCaseNoteByPhone";

    private readonly ISmartAdvocateDialerApi _api;
    private readonly SmartAdvocateCaseSyncClient _caseSync;
    private readonly SmartAdvocateFirmOptions _options;
    private readonly IClock _clock;

    internal SmartAdvocateDialerClient(
        ISmartAdvocateDialerApi api,
        SmartAdvocateCaseSyncClient caseSync,
        SmartAdvocateFirmOptions options,
        IClock clock,
        DialerVocabulary vocabulary)
    {
        _api = api;
        _caseSync = caseSync;
        _options = options;
        _clock = clock;
        Vocabulary = vocabulary;
    }

    /// <summary>The firm's dialer values the rules use.</summary>
    public DialerVocabulary Vocabulary { get; }

    /// <summary>The zone SmartAdvocate's dialer times are written in (<see cref="SmartAdvocateOptions.DialerTimeZone"/>).</summary>
    public DateTimeZone DialerZone => DateTimeZoneProviders.Tzdb[_options.Current.DialerTimeZone];

    /// <summary>
    /// Cases whose dialer status is "To Dial" and whose time has come; with auto-change they are now "In the Dialer".
    /// Without auto-change the call is a read and is resent when no usable answer came back (an unreadable one
    /// included). With auto-change it is resent only when the failure proves nothing was applied (no connection, 429).
    /// </summary>
    /// <exception cref="ConnectorValidationException"><see cref="DialerQuery.Records"/> is not positive.</exception>
    /// <exception cref="DialerOutcomeUnknownException">
    /// With auto-change, the answer was lost or unreadable: SmartAdvocate may have moved cases into "In the Dialer"
    /// without the caller knowing which. Not resent; see the message and docs/vendors/smartadvocate.md for recovery.
    /// </exception>
    public async Task<IReadOnlyList<DialerCase>> GetCasesToDialAsync(DialerQuery query, CancellationToken cancellationToken = default)
    {
        DialerRequestChecks.CheckQuery(query);
        var request = new SmartAdvocateGetCasesToDialRequest
        {
            Campaign = query.Campaign ?? "",
            CaseGroup = query.CaseGroup ?? "",
            Records = query.Records,
            AutoChange = query.AutoChange
        };
        var options = _options.Current;
        Task<IReadOnlyList<SmartAdvocateDialerCaseRecord>> Send(CancellationToken ct) =>
            SmartAdvocateCall.RunAsync(GetCasesEndpoint, c => _api.GetCasesToDialAsync(request, c), ct);
        var records = query.AutoChange
            ? await DialerWriteBlock.SendAsync(
                new SafeWrite<IReadOnlyList<SmartAdvocateDialerCaseRecord>>
                {
                    Operation = GetCasesEndpoint,
                    Send = Send,
                    Attempts = options.WriteAttempts,
                    RetryBaseDelay = options.RetryBaseDelay,
                    Repeat = WriteRepeat.Never, // a resend takes further cases, and nothing can tell which the lost one took
                    UnreadableAnswerIsLost = true,
                    Recovery = DialerWriteWording.AutoChangeLost(query.Records, Vocabulary.InTheDialer),
                },
                cancellationToken).ConfigureAwait(false)
            : await RepeatableRead.RunAsync(options.WriteAttempts, options.RetryBaseDelay, Send, cancellationToken).ConfigureAwait(false);

        var zone = DialerZone;
        return [.. (records ?? []).Where(r => r is not null).Select(r => DialerMapper.ToCase(r, zone))];
    }

    /// <summary>
    /// Sends the updates in one call. "To Dial" needs a future <see cref="DialerCaseUpdate.NextCall"/>; "In the Dialer"
    /// and "Do not Dial" get the current time. Nothing is sent when <paramref name="updates"/> is empty. The update sets
    /// absolute values, so when no usable answer came back it is resent, byte for byte (the same current time), up to
    /// <see cref="SmartAdvocateOptions.WriteAttempts"/>: applying it twice leaves the same state as once.
    /// </summary>
    /// <exception cref="ConnectorValidationException">An update breaks <see cref="DialerRules"/>; every problem is listed and nothing was
    /// sent.</exception>
    public async Task UpdateCaseStatusAsync(IReadOnlyList<DialerCaseUpdate> updates, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(updates);
        if (updates.Count == 0)
        {
            return;
        }

        var now = _clock.GetCurrentInstant();
        DialerRequestChecks.CheckUpdates(updates, now, Vocabulary);

        var zone = DialerZone;
        var options = _options.Current;
        // Built once: every attempt sends the same body, "now" included, so a repeat is the same absolute update.
        // An array: Refit serialises the runtime type, which the JSON context must know.
        SmartAdvocateUpdateCaseStatusRecord[] body = [.. updates.Select(u => DialerMapper.ToRecord(u, now, zone, Vocabulary))];
        await DialerWriteBlock.SendAsync(
            new SafeWrite<bool>
            {
                Operation = UpdateEndpoint,
                Send = ct => SmartAdvocateCall.RunAsync(UpdateEndpoint, async c =>
                {
                    await _api.UpdateCaseStatusAsync(body, c).ConfigureAwait(false);
                    return true;
                }, ct),
                Attempts = options.WriteAttempts,
                RetryBaseDelay = options.RetryBaseDelay,
                Repeat = WriteRepeat.Always,
                Recovery = DialerWriteWording.StatusUpdate,
            },
            cancellationToken).ConfigureAwait(false);
        SmartAdvocateTelemetry.Instance.RecordWriteBack("dialer-status");
    }

    /// <summary>
    /// Adds a note to one case; the note starts with <see cref="SmartAdvocateOptions.NoteMarker"/> and a short id fresh
    /// for this call (<c>[Connectors SDK #3F9A2C1B7D04] text</c>). When no usable answer came back, the case's notes are
    /// read through CaseSyncAPI and the note is resent only if no note carries the id (check before create), up to
    /// <see cref="SmartAdvocateOptions.WriteAttempts"/>. To make a whole call safe to repeat, write through
    /// <see cref="Writes.SmartAdvocateNoteWriter"/> (once per message id).
    /// </summary>
    /// <exception cref="ConnectorValidationException">The case id is not positive or the note is empty.</exception>
    /// <exception cref="DialerOutcomeUnknownException">
    /// No usable answer came back and the note could not be looked up (no CaseSyncAPI credentials, or the lookup failed).
    /// </exception>
    public async Task AddCaseNoteAsync(long caseId, string note, CancellationToken cancellationToken = default)
    {
        DialerRequestChecks.CheckNote(caseId, note);
        await AddNoteAsync(caseId, note, SmartAdvocateNoteMarker.NewId(), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Adds a note to the cases with <paramref name="phone"/>: every open one, or, when none is open, every closed one
    /// (SmartAdvocate decides). The note starts with <see cref="SmartAdvocateOptions.NoteMarker"/> and a short id. The
    /// dialer cannot read notes by phone, so a note whose answer was lost is resent only when the failure proves it was
    /// not applied (no connection, 429); otherwise the SDK looks for the id on the cases CaseSyncAPI shows with the
    /// phone, and succeeds when it is there.
    /// </summary>
    /// <exception cref="ConnectorValidationException">The phone is not a valid number or the note is empty.</exception>
    /// <exception cref="DialerOutcomeUnknownException">
    /// No usable answer came back and the note was not found: it may or may not have been added, so it was not resent.
    /// The message names the note id to look for; <see cref="AddCaseNoteAsync"/> by case id is the safe alternative.
    /// </exception>
    public async Task AddCaseNoteByPhoneAsync(PhoneNumber phone, string note, CancellationToken cancellationToken = default)
    {
        DialerRequestChecks.CheckNoteByPhone(phone, note);
        var options = _options.Current;
        var noteId = SmartAdvocateNoteMarker.NewId();
        var request = new SmartAdvocateAddCaseNoteByPhoneRequest { Phone = DialerMapper.ToDialerPhone(phone), Note = Mark(note, noteId) };
        await DialerWriteBlock.SendAsync(
            new SafeWrite<bool>
            {
                Operation = NoteByPhoneEndpoint,
                Send = async ct =>
                {
                    await SmartAdvocateCall.RunAsync(NoteByPhoneEndpoint, c => _api.AddCaseNoteByPhoneAsync(request, c), ct)
                        .ConfigureAwait(false);
                    return true;
                },
                Attempts = options.WriteAttempts,
                RetryBaseDelay = options.RetryBaseDelay,
                Repeat = WriteRepeat.Never,
                FindApplied = options.HasCaseSyncCredentials ? ct => _caseSync.HasNoteOnCaseWithPhoneAsync(request.Phone, noteId, ct)
                    : null,
                NotFoundMeansNotApplied = false, // the dialer may match cases this CaseSyncAPI user cannot see
                Recovery = DialerWriteWording.NoteByPhone(noteId, options.HasCaseSyncCredentials),
            },
            cancellationToken).ConfigureAwait(false);
        SmartAdvocateTelemetry.Instance.RecordWriteBack("note-by-phone");
    }

    /// <summary>
    /// Sends a marked note, and after a failure worth repeating, resends only when the failure proves nothing was
    /// applied or the case's notes (read through CaseSyncAPI) hold no note with <paramref name="noteId"/>; without
    /// CaseSyncAPI credentials, or when that look fails, the outcome is unknown. The note writer's path too.
    /// </summary>
    internal async Task AddNoteAsync(long caseId, string note, string noteId, CancellationToken cancellationToken)
    {
        var options = _options.Current;
        var request = new SmartAdvocateAddCaseNoteRequest { CaseId = caseId, Note = Mark(note, noteId) };
        await DialerWriteBlock.SendAsync(
            new SafeWrite<bool>
            {
                Operation = NoteEndpoint,
                Send = async ct =>
                {
                    await SmartAdvocateCall.RunAsync(NoteEndpoint, c => _api.AddCaseNoteAsync(request, c), ct).ConfigureAwait(false);
                    return true;
                },
                Attempts = options.WriteAttempts,
                RetryBaseDelay = options.RetryBaseDelay,
                Repeat = WriteRepeat.Never,
                FindApplied = options.HasCaseSyncCredentials ? ct => _caseSync.HasNoteAsync(caseId, noteId, ct) : null,
                Recovery = DialerWriteWording.NoteByCase(caseId, noteId, options.HasCaseSyncCredentials),
            },
            cancellationToken).ConfigureAwait(false);
        SmartAdvocateTelemetry.Instance.RecordWriteBack("note");
    }

    private string Mark(string note, string noteId) => SmartAdvocateNoteMarker.Mark(_options.Current.NoteMarker, note, noteId);
}
