using System.Globalization;

using Connectors.Core;
using Connectors.Core.Model;
using Connectors.Core.Writes;
using Connectors.Shared;
using Connectors.SmartAdvocate.Dialer;

namespace Connectors.SmartAdvocate.Writes;

/// <summary>
/// Writes platform messages to SmartAdvocate as case notes, once per message id. The note carries the SDK's marker and an
/// id derived from the case and the message id (<c>[Connectors SDK #3F9A2C1B7D04] text</c>); the case's notes are read
/// through CaseSyncAPI first, and nothing is sent when a note with that id is there. The note is sent through the
/// Predictive Dialer's <c>AddCaseNote</c> and the write-safety block of
/// <see cref="SmartAdvocateDialerClient.AddCaseNoteAsync"/>: after a lost answer it is resent only when the same look-up
/// finds no note with the id. Needs the dialer key and CaseSyncAPI credentials.
/// </summary>
public sealed class SmartAdvocateNoteWriter : ICaseNoteWriter
{
    private readonly SmartAdvocateDialerClient _dialer;
    private readonly SmartAdvocateCaseSyncClient _caseSync;
    private readonly SmartAdvocateFirmOptions _options;

    internal SmartAdvocateNoteWriter(
        SmartAdvocateDialerClient dialer,
        SmartAdvocateCaseSyncClient caseSync,
        SmartAdvocateFirmOptions options)
    {
        _dialer = dialer;
        _caseSync = caseSync;
        _options = options;
    }

    /// <inheritdoc />
    public string SourceSystem => _options.Current.SourceSystem;

    /// <inheritdoc />
    /// <remarks>
    /// <see cref="WriteResult.RecordId"/> is SmartAdvocate's note id when the note was already there; null when this call
    /// wrote it (<c>AddCaseNote</c> answers without one).
    /// </remarks>
    /// <exception cref="ArgumentException">
    /// The case belongs to another source system or its id is not a SmartAdvocate case id, or the message has no id or text.
    /// </exception>
    /// <exception cref="ConnectorConfigurationException">No CaseSyncAPI credentials (<c>Username</c>, <c>Password</c>) to read notes
    /// with.</exception>
    /// <exception cref="DialerOutcomeUnknownException">No usable answer came back and the look-up that would tell failed.</exception>
    public async Task<WriteResult> WriteNoteAsync(PlatformMessage message, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(message);
        var caseId = CaseIdOf(message);
        if (!_options.Current.HasCaseSyncCredentials)
        {
            throw new ConnectorConfigurationException(DialerWriteWording.NoteWriterNeedsCredentials);
        }

        var noteId = SmartAdvocateNoteMarker.IdFor(caseId, message.MessageId);
        var written = await _caseSync.FindNoteAsync(caseId, noteId, cancellationToken).ConfigureAwait(false);
        if (written is not null)
        {
            return new WriteResult(message.Case, WriteResultKind.AlreadyWritten, written.NoteId.ToString(CultureInfo.InvariantCulture));
        }

        await _dialer.AddNoteAsync(caseId, message.Text, noteId, cancellationToken).ConfigureAwait(false);
        return new WriteResult(message.Case, WriteResultKind.Written, null);
    }

    private long CaseIdOf(PlatformMessage message)
    {
        var sourceId = CaseKeyCheck.SourceIdFor(message.Case, SourceSystem, nameof(message));
        if (!long.TryParse(sourceId, NumberStyles.None, CultureInfo.InvariantCulture, out var caseId) || caseId <= 0)
        {
            throw new ArgumentException($"SmartAdvocate case ids are positive numbers; '{sourceId}' is not one.", nameof(message));
        }

        if (string.IsNullOrWhiteSpace(message.MessageId))
        {
            throw new ArgumentException("The message has no id: it is the key that writes the note once.", nameof(message));
        }

        if (string.IsNullOrWhiteSpace(message.Text))
        {
            throw new ArgumentException("The message has no text.", nameof(message));
        }

        return caseId;
    }
}
