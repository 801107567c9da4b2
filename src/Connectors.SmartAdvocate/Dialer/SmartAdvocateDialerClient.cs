using System.Runtime.ExceptionServices;

using Connectors.Core;
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
/// <see cref="ConnectorApiException"/> family. The resilience pipeline never repeats these POSTs; this client resends
/// a write itself, up to <see cref="SmartAdvocateOptions.WriteAttempts"/>, only where a resend cannot apply it twice
/// (docs/vendors/smartadvocate.md, "Writes under faults"), and otherwise throws <see cref="DialerOutcomeUnknownException"/>.
/// </summary>
public sealed class SmartAdvocateDialerClient
{
    private const string GetCasesEndpoint = "POST /DialerAPI/GetCasesToDial";
    private const string UpdateEndpoint = "POST /DialerAPI/UpdateCaseStatus";
    private const string NoteEndpoint = "POST /DialerAPI/AddCaseNote";
    private const string NoteByPhoneEndpoint = "POST /DialerAPI/AddCaseNoteByPhone";

    private readonly ISmartAdvocateDialerApi _api;
    private readonly SmartAdvocateCaseSyncClient _caseSync;
    private readonly FirmOptions _options;
    private readonly IClock _clock;

    internal SmartAdvocateDialerClient(ISmartAdvocateDialerApi api, SmartAdvocateCaseSyncClient caseSync, FirmOptions options, IClock clock, DialerVocabulary vocabulary)
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
        ArgumentNullException.ThrowIfNull(query);
        if (query.Records <= 0)
        {
            throw new ConnectorValidationException("GetCasesToDial", [$"Records must be at least 1 (was {query.Records})."]);
        }

        var request = new GetCasesToDialRequest { Campaign = query.Campaign ?? "", CaseGroup = query.CaseGroup ?? "", Records = query.Records, AutoChange = query.AutoChange };
        var options = _options.Current;
        IReadOnlyList<DialerCaseRecord>? records;
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                records = await SmartAdvocateCall.RunAsync(GetCasesEndpoint, ct => _api.GetCasesToDialAsync(request, ct), cancellationToken).ConfigureAwait(false);
                break;
            }
            catch (ConnectorApiException failure) when (RepeatableWrite.IsWorthRepeating(failure) || failure is ConnectorResponseFormatException)
            {
                var resend = !query.AutoChange || DialerWrites.ProvesNotApplied(failure);
                if (resend && attempt < options.WriteAttempts)
                {
                    await DialerWrites.PauseAsync(failure, attempt, options.RetryBaseDelay, cancellationToken).ConfigureAwait(false);
                    continue;
                }

                if (!query.AutoChange || DialerWrites.ProvesNotApplied(failure))
                {
                    throw;
                }

                throw new DialerOutcomeUnknownException(
                    GetCasesEndpoint,
                    failure.StatusCode,
                    $"{GetCasesEndpoint} with Auto-change got no usable answer ({failure.Message}). SmartAdvocate may have moved up to " +
                    $"{query.Records} due case(s) into \"{Vocabulary.InTheDialer}\" without telling which, so the call was not sent again (a resend " +
                    "would take further cases). Those cases are not returned again while they are in the dialer: reset them (UpdateCaseStatus to " +
                    "\"To Dial\") by the firm's dialer timeout or by hand. To avoid this, call without auto-change (a read, resent safely) and set " +
                    "\"In the Dialer\" with UpdateCaseStatus, which is safe to resend.",
                    failure);
            }
        }

        var zone = DialerZone;
        return [.. (records ?? []).Where(r => r is not null).Select(r => DialerMapper.ToCase(r, zone))];
    }

    /// <summary>
    /// Sends the updates in one call. "To Dial" needs a future <see cref="DialerCaseUpdate.NextCall"/>; "In the Dialer"
    /// and "Do not Dial" get the current time. Nothing is sent when <paramref name="updates"/> is empty. The update sets
    /// absolute values, so when no usable answer came back it is resent, byte for byte (the same current time), up to
    /// <see cref="SmartAdvocateOptions.WriteAttempts"/>: applying it twice leaves the same state as once.
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
        var options = _options.Current;
        // Built once: every attempt sends the same body, "now" included, so a repeat is the same absolute update.
        // An array: Refit serialises the runtime type, which the JSON context must know.
        UpdateCaseStatusRecord[] body = [.. updates.Select(u => DialerMapper.ToRecord(u, now, zone, Vocabulary))];
        await SendAsync(
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
                Recovery = "The update sets absolute values: sending the same updates again is safe.",
            },
            cancellationToken).ConfigureAwait(false);
        SmartAdvocateTelemetry.Instance.RecordWriteBack("dialer-status");
    }

    /// <summary>
    /// Adds a note to one case; the note starts with <see cref="SmartAdvocateOptions.NoteMarker"/> and a short id fresh
    /// for this call (<c>[Connectors SDK #3F9A2C1B7D04] text</c>). When no usable answer came back, the case's notes are
    /// read through CaseSyncAPI and the note is resent only if no note carries the id (check before create), up to
    /// <see cref="SmartAdvocateOptions.WriteAttempts"/>. To make a whole call safe to repeat, use <see cref="AddCaseNoteOnceAsync"/>.
    /// </summary>
    /// <exception cref="ConnectorValidationException">The case id is not positive or the note is empty.</exception>
    /// <exception cref="DialerOutcomeUnknownException">
    /// No usable answer came back and the note could not be looked up (no CaseSyncAPI credentials, or the lookup failed).
    /// </exception>
    public async Task AddCaseNoteAsync(long caseId, string note, CancellationToken cancellationToken = default)
    {
        CheckNote(caseId, note, "AddCaseNote");
        await AddNoteAsync(caseId, note, SmartAdvocateNoteMarker.NewId(), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Adds a note to one case once per <paramref name="noteKey"/> (the caller's id for the note, as a platform message id):
    /// the note carries an id derived from the case and the key, the case's notes are read first, and nothing is sent when a
    /// note with that id is there. So repeating the whole call (after a crash, say) never adds the note twice. Failures
    /// are handled as in <see cref="AddCaseNoteAsync"/>. Needs CaseSyncAPI credentials.
    /// </summary>
    /// <returns>True when this call added the note; false when it was already on the case.</returns>
    /// <exception cref="ConnectorValidationException">The case id is not positive, the note or the key is empty.</exception>
    /// <exception cref="ConnectorConfigurationException">No CaseSyncAPI credentials (<c>Username</c>, <c>Password</c>) to read notes with.</exception>
    /// <exception cref="DialerOutcomeUnknownException">No usable answer came back and the lookup that would tell failed.</exception>
    public async Task<bool> AddCaseNoteOnceAsync(long caseId, string note, string noteKey, CancellationToken cancellationToken = default)
    {
        CheckNote(caseId, note, "AddCaseNote", string.IsNullOrWhiteSpace(noteKey) ? "The note key is empty." : null);
        if (!_options.Current.HasCaseSyncCredentials)
        {
            throw new ConnectorConfigurationException(
                "SmartAdvocate: AddCaseNoteOnceAsync reads the case's notes through CaseSyncAPI; set Username and Password, or use AddCaseNoteAsync.");
        }

        var noteId = SmartAdvocateNoteMarker.IdFor(caseId, noteKey);
        if (await _caseSync.HasNoteAsync(caseId, noteId, cancellationToken).ConfigureAwait(false))
        {
            return false;
        }

        await AddNoteAsync(caseId, note, noteId, cancellationToken).ConfigureAwait(false);
        return true;
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

        var options = _options.Current;
        var noteId = SmartAdvocateNoteMarker.NewId();
        var request = new AddCaseNoteByPhoneRequest { Phone = DialerMapper.ToDialerPhone(phone), Note = Mark(note, noteId) };
        for (var attempt = 1; ; attempt++)
        {
            ConnectorApiException failure;
            try
            {
                await SmartAdvocateCall.RunAsync(NoteByPhoneEndpoint, ct => _api.AddCaseNoteByPhoneAsync(request, ct), cancellationToken).ConfigureAwait(false);
                break;
            }
            catch (ConnectorApiException ex) when (RepeatableWrite.IsWorthRepeating(ex))
            {
                failure = ex;
            }

            if (DialerWrites.ProvesNotApplied(failure))
            {
                if (attempt >= options.WriteAttempts)
                {
                    ExceptionDispatchInfo.Throw(failure);
                }

                await DialerWrites.PauseAsync(failure, attempt, options.RetryBaseDelay, cancellationToken).ConfigureAwait(false);
                continue;
            }

            string? lookup = null;
            if (options.HasCaseSyncCredentials)
            {
                // Give an attempt that is still being processed time to land before looking.
                await DialerWrites.PauseAsync(failure, attempt, options.RetryBaseDelay, cancellationToken).ConfigureAwait(false);
                try
                {
                    if (await _caseSync.HasNoteOnCaseWithPhoneAsync(request.Phone, noteId, cancellationToken).ConfigureAwait(false))
                    {
                        break;
                    }

                    lookup = "it is on no case CaseSyncAPI shows with that phone, but the dialer may match cases this user cannot see";
                }
                catch (ConnectorApiException lookupFailure)
                {
                    lookup = $"looking it up failed too ({lookupFailure.Message})";
                }
            }
            else
            {
                lookup = "it cannot be looked up without CaseSyncAPI credentials";
            }

            throw new DialerOutcomeUnknownException(
                NoteByPhoneEndpoint,
                failure.StatusCode,
                $"{NoteByPhoneEndpoint} got no usable answer ({failure.Message}) and the SDK cannot tell whether the note #{noteId} was added: {lookup}. " +
                "It was not sent again, since SmartAdvocate may have added it to one or more cases. Look for #" + noteId + " on the phone's cases " +
                "before writing it again, or write notes by case id (AddCaseNoteAsync), which the SDK checks and resends safely.",
                failure);
        }

        SmartAdvocateTelemetry.Instance.RecordWriteBack("note-by-phone");
    }

    private static void CheckNote(long caseId, string note, string operation, string? extraProblem = null)
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

        if (extraProblem is not null)
        {
            problems.Add(extraProblem);
        }

        if (problems.Count > 0)
        {
            throw new ConnectorValidationException(operation, problems);
        }
    }

    /// <summary>
    /// Sends a marked note, and after a failure worth repeating, resends only when the failure proves nothing was
    /// applied or the case's notes (read through CaseSyncAPI) hold no note with <paramref name="noteId"/>; without
    /// CaseSyncAPI credentials, or when that look fails, the outcome is unknown.
    /// </summary>
    private async Task AddNoteAsync(long caseId, string note, string noteId, CancellationToken cancellationToken)
    {
        var options = _options.Current;
        var request = new AddCaseNoteRequest { CaseId = caseId, Note = Mark(note, noteId) };
        await SendAsync(
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
                Recovery = $"Look for #{noteId} on case {caseId} before writing it again" +
                    (options.HasCaseSyncCredentials ? "." : " (looking it up needs CaseSyncAPI credentials: Username, Password)."),
            },
            cancellationToken).ConfigureAwait(false);
        SmartAdvocateTelemetry.Instance.RecordWriteBack("note");
    }

    // Core's write-safety block, its unknown outcome reported as the dialer's own exception type.
    private static async Task<T> SendAsync<T>(SafeWrite<T> write, CancellationToken cancellationToken)
    {
        try
        {
            return await RepeatableWrite.SendAsync(write, cancellationToken).ConfigureAwait(false);
        }
        catch (WriteOutcomeUnknownException unknown) when (unknown is not DialerOutcomeUnknownException)
        {
            throw new DialerOutcomeUnknownException(unknown.Endpoint, unknown.StatusCode, unknown.Message, unknown.InnerException);
        }
    }

    private string Mark(string note, string noteId) => SmartAdvocateNoteMarker.Mark(_options.Current.NoteMarker, note, noteId);
}
