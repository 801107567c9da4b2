using System.Globalization;
using System.Text.Json;

using Connectors.CasePeer.Http;
using Connectors.CasePeer.Models;
using Connectors.Core.Http;
using Connectors.Core.Model;
using Connectors.Shared;

using Microsoft.Extensions.Options;

namespace Connectors.CasePeer.Messages;

/// <summary>
/// Messages both ways: a platform message becomes a case note with the pretext, written as the case's primary
/// attorney, exactly once; a "Send Message to Case Status" from CASEpeer becomes a platform message, unless it is our own echo.
/// </summary>
public sealed class CasePeerMessages
{
    private readonly ICasePeerApi _api;
    private readonly IOptionsMonitor<CasePeerOptions> _options;

    /// <summary>Creates the service over the registered client.</summary>
    public CasePeerMessages(ICasePeerApi api, IOptionsMonitor<CasePeerOptions> options)
    {
        _api = api;
        _options = options;
    }

    /// <summary>The pretext in force.</summary>
    public CasePeerNotePretext Pretext => new(_options.CurrentValue.PlatformName);

    /// <summary>
    /// Writes <paramref name="message"/> as a note on its case, as <paramref name="primaryAttorneyEmail"/>. Safe to call
    /// again for the same message: the note is keyed on the message id. Within the call, a note whose answer was lost is
    /// looked for on the case (one more note with its text and author than before the write) before it is sent again,
    /// so it lands once even where CASEpeer ignores the key.
    /// </summary>
    /// <exception cref="WriteOutcomeUnknownException">No usable answer came back and the case's notes could not be read to tell.</exception>
    public async Task<CasePeerNote> SendToCasePeerAsync(PlatformMessage message, string primaryAttorneyEmail, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(message);
        var caseId = CasePeerMapper.CaseId(message.Case.SourceId);
        var note = new CasePeerNoteRequest(Pretext.NoteFor(message.Text), primaryAttorneyEmail);
        var key = $"message-{message.MessageId}";

        // The note's natural key is its text and author: counted before the write, a lost answer is told by one more.
        var before = (await NotesLikeAsync(caseId, note, cancellationToken).ConfigureAwait(false)).Count;
        var written = await CasePeerWrites.SendAsync(
            "POST /api/v1/cases/{id}/notes",
            _options.CurrentValue,
            ct => _api.AddNoteAsync(caseId, note, key, ct),
            async ct => await NotesLikeAsync(caseId, note, ct).ConfigureAwait(false) is { } like && like.Count > before ? like[^1] : null,
            $"Look at case {caseId}'s notes for this message (platform message id {message.MessageId}) before sending it again.",
            cancellationToken).ConfigureAwait(false);
        CasePeerTelemetry.Instance.RecordWriteBack("note");
        return written;
    }

    /// <summary>The notes of a case that came from CASEpeer users, without the ones the SDK wrote.</summary>
    public async Task<IReadOnlyList<CasePeerNote>> ReadNotesFromCasePeerAsync(string caseId, CancellationToken cancellationToken = default)
    {
        var id = CasePeerMapper.CaseId(caseId);
        var page = await CasePeerCall.RunAsync("GET /api/v1/cases/{id}/notes", ct => _api.ListNotesAsync(id, ct), cancellationToken).ConfigureAwait(false);
        var pretext = Pretext;
        return (page.Results ?? []).Where(n => n is not null && !pretext.IsFromPlatform(n.Note)).ToList();
    }

    private async Task<List<CasePeerNote>> NotesLikeAsync(long caseId, CasePeerNoteRequest note, CancellationToken cancellationToken)
    {
        var page = await RepeatableRead.RunAsync(ct => CasePeerCall.RunAsync("GET /api/v1/cases/{id}/notes", c => _api.ListNotesAsync(caseId, c), ct), cancellationToken).ConfigureAwait(false);
        return [.. (page.Results ?? []).Where(n => n is not null && n.Note == note.Note && string.Equals(n.AuthorEmail, note.AuthorEmail, StringComparison.OrdinalIgnoreCase)).OrderBy(n => n.Id)];
    }

    /// <summary>
    /// Parses a "Send Message to Case Status" payload into a platform message; null when it is our own note coming
    /// back (it starts with the pretext) or holds no text.
    /// </summary>
    /// <exception cref="ConnectorValidationException">The payload is not a CASEpeer message.</exception>
    public PlatformMessage? ParseFromCasePeer(string json)
    {
        CasePeerInboundMessage? inbound;
        try
        {
            inbound = JsonSerializer.Deserialize(json, CasePeerJsonContext.Default.CasePeerInboundMessage);
        }
        catch (JsonException)
        {
            inbound = null;
        }

        if (inbound is null || inbound.CaseId <= 0)
        {
            throw new ConnectorValidationException("Reading a CASEpeer message", ["The payload is not a CASEpeer message (it needs id, case_id and message)."]);
        }

        if (string.IsNullOrWhiteSpace(inbound.Message) || Pretext.IsFromPlatform(inbound.Message))
        {
            return null;
        }

        return new PlatformMessage($"casepeer-{inbound.Id.ToString(CultureInfo.InvariantCulture)}", CasePeerMapper.Key(inbound.CaseId), inbound.Message.Trim());
    }
}
