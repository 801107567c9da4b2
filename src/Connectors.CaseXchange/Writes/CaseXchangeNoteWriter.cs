using Connectors.Core.Model;
using Connectors.Core.Writes;
using Connectors.Shared;

namespace Connectors.CaseXchange.Writes;

/// <summary>
/// Writes platform messages to Case Xchange referrals as referral messages (<c>POST /messages/send</c>): the one note
/// Case Xchange keeps on a case, shown in the referral's status history and emailed to the other firm. A case is keyed
/// <c>casexchange:{referral id}</c> (UUID, reference number or CMS id, sent or received). The idempotency key is derived
/// from the referral and <see cref="PlatformMessage.MessageId"/> and reused on every attempt; a repeat answered with
/// the first receipt (200 rather than 201) is <see cref="WriteResultKind.AlreadyWritten"/>. Case Xchange cannot show a
/// message back, so a message whose answer was lost is not sent again: it ends in
/// <see cref="Core.Http.WriteOutcomeUnknownException"/>, and calling again with the same message id sends the same key.
/// </summary>
public sealed class CaseXchangeNoteWriter : ICaseNoteWriter
{
    private readonly CaseXchangeClient _client;

    internal CaseXchangeNoteWriter(CaseXchangeClient client) => _client = client;

    /// <inheritdoc />
    public string SourceSystem => CaseXchangeMapper.SourceSystem;

    /// <inheritdoc />
    /// <exception cref="Core.Http.ConnectorValidationException">The text is longer than 5000 characters.</exception>
    public async Task<WriteResult> WriteNoteAsync(PlatformMessage message, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(message);
        var referralId = CaseKeyCheck.SourceIdFor(message.Case, SourceSystem, nameof(message));
        ArgumentException.ThrowIfNullOrWhiteSpace(message.MessageId, nameof(message));
        ArgumentException.ThrowIfNullOrWhiteSpace(message.Text, nameof(message));
        var key = CaseXchangeWriteKeys.Note(referralId, message.MessageId);
        var send = new CaseXchangeMessage(referralId, message.Text, IdempotencyKey: key);
        var (receipt, replayed) = await _client.SendAsync(send, cancellationToken).ConfigureAwait(false);
        return new WriteResult(message.Case, replayed ? WriteResultKind.AlreadyWritten : WriteResultKind.Written, receipt.Id);
    }
}
