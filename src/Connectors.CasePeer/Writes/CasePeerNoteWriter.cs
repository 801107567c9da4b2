using Connectors.CasePeer.Http;
using Connectors.CasePeer.Messages;
using Connectors.CasePeer.Models;
using Connectors.Core.Http;
using Connectors.Core.Model;
using Connectors.Core.Writes;
using Connectors.Shared;

using Microsoft.Extensions.Options;

namespace Connectors.CasePeer.Writes;

/// <summary>
/// Writes a platform message as a note on its CASEpeer case, with the vendor's pretext, as the case's primary attorney
/// (read from the case), once per message: the note carries an <c>Idempotency-Key</c> made from the message id, and a
/// note whose answer was lost is looked for on the case (one more note with its text and author, on every page of the
/// case's notes, than before the write) before it is sent again, so it lands once even where CASEpeer ignores the key.
/// </summary>
public sealed class CasePeerNoteWriter : ICaseNoteWriter
{
    private const string Operation = "POST /api/v1/cases/{id}/notes";

    private readonly ICasePeerApi _api;
    private readonly IOptionsMonitor<CasePeerOptions> _options;

    internal CasePeerNoteWriter(ICasePeerApi api, IOptionsMonitor<CasePeerOptions> options)
    {
        _api = api;
        _options = options;
    }

    /// <inheritdoc />
    public string SourceSystem => CasePeerMapper.SourceSystem;

    /// <inheritdoc />
    /// <remarks>
    /// A repeat of the same message is told by CASEpeer's answer to the reused key (the note it gives back was on the case
    /// before this call): <see cref="WriteResultKind.AlreadyWritten"/>. A CASEpeer note has no field for the message id
    /// and its text need not be unique, so a second call to a CASEpeer that ignored the key would add a second note.
    /// </remarks>
    /// <exception cref="ConnectorValidationException">
    /// The case has no primary attorney with an email (CASEpeer notes from the platform are written as that attorney);
    /// nothing was written.
    /// </exception>
    /// <exception cref="ConnectorNotFoundException">CASEpeer has no such case.</exception>
    public async Task<WriteResult> WriteNoteAsync(PlatformMessage message, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(message);
        var caseId = CasePeerMapper.CaseId(CaseKeyCheck.SourceIdFor(message.Case, SourceSystem, nameof(message)));
        ArgumentException.ThrowIfNullOrWhiteSpace(message.MessageId, nameof(message));
        ArgumentException.ThrowIfNullOrWhiteSpace(message.Text, nameof(message));

        var author = await PrimaryAttorneyEmailAsync(caseId, cancellationToken).ConfigureAwait(false);
        var note = new CasePeerNoteRequest(new CasePeerNotePretext(_options.CurrentValue.PlatformName).NoteFor(message.Text), author);

        // The note's natural key is its text and author: counted before the write, a lost answer is told by one more.
        var before = await NotesLikeAsync(caseId, note, cancellationToken).ConfigureAwait(false);
        var written = await CasePeerWrites.SendAsync(
            Operation,
            _options.CurrentValue,
            ct => _api.AddNoteAsync(caseId, note, $"message-{message.MessageId}", ct),
            async ct => await NotesLikeAsync(caseId, note, ct).ConfigureAwait(false) is { } like && like.Count > before.Count
                ? like[^1]
                : null,
            $"Look at case {caseId}'s notes for this message (platform message id {message.MessageId}) before sending it again.",
            cancellationToken).ConfigureAwait(false);
        if (before.Exists(n => n.Id == written.Id))
        {
            return new WriteResult(message.Case, WriteResultKind.AlreadyWritten, CasePeerMapper.RecordId(written.Id));
        }

        CasePeerTelemetry.Instance.RecordWriteBack("note");
        return new WriteResult(message.Case, WriteResultKind.Written, CasePeerMapper.RecordId(written.Id));
    }

    private async Task<string> PrimaryAttorneyEmailAsync(long caseId, CancellationToken cancellationToken)
    {
        var item = await RepeatableRead.RunAsync(
            ct => CasePeerCall.RunAsync("GET /api/v1/cases/{id}", c => _api.GetCaseAsync(caseId, c), ct),
            cancellationToken).ConfigureAwait(false);
        return item.PrimaryAttorney?.Email is { } email && !string.IsNullOrWhiteSpace(email)
            ? email
            : throw new ConnectorValidationException(
                Operation,
                [$"CASEpeer case {caseId} has no primary attorney with an email, and platform messages are written as the case's "
                    + "primary attorney: set one on the case in CASEpeer, then write the message again."]);
    }

    // Every page of the case's notes: a note like this one on a later page counts as much as one on the first.
    private async Task<List<CasePeerNote>> NotesLikeAsync(long caseId, CasePeerNoteRequest note, CancellationToken cancellationToken)
    {
        var like = new List<CasePeerNote>();
        var notes = CasePeerPages.ReadAllAsync(
            "GET /api/v1/cases/{id}/notes",
            _options.CurrentValue.PageSize,
            (number, size, c) => _api.ListNotesAsync(caseId, number, size, c),
            cancellationToken);
        await foreach (var n in notes.ConfigureAwait(false))
        {
            if (n.Note == note.Note && string.Equals(n.AuthorEmail, note.AuthorEmail, StringComparison.OrdinalIgnoreCase))
            {
                like.Add(n);
            }
        }

        return [.. like.OrderBy(n => n.Id)];
    }
}
