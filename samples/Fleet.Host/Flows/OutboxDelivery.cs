using Connectors.Core.Http;
using Connectors.Core.Model;
using Connectors.Core.Writes;

using Fleet.Host.Fleet;
using Fleet.Host.Stores;

using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

using NodaTime;

namespace Fleet.Host.Flows;

/// <summary>
/// A firm's Messages and Documents flows: its undelivered outbox items, written to its vendor through the firm's keyed
/// Core writer (<see cref="ICaseNoteWriter"/> for messages, <see cref="ICaseDocumentWriter"/> for documents), each then
/// marked delivered. The writers write at most once per message or document id, so a run that dies between a write and
/// its mark sends the same id again next run and the vendor answers <see cref="WriteResultKind.AlreadyWritten"/>: no
/// duplicate, nothing lost. An unknown outcome or a failure leaves the item undelivered for the next run.
/// </summary>
public sealed partial class OutboxDelivery(IServiceProvider services, AdoPlatformOutbox outbox, IClock clock, int batchSize, ILogger logger)
{
    /// <summary>
    /// Delivers the firm's undelivered items of <paramref name="flow"/> (Documents or Messages), in batches of the
    /// configured size, oldest first. Null when the firm's connector has no writer for that kind.
    /// </summary>
    public async Task<FlowRunResult?> RunAsync(FleetFirm firm, FlowKind flow, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(firm);
        Func<OutboxItem, CancellationToken, Task<WriteResult>>? write = flow switch
        {
            FlowKind.Messages => services.GetKeyedService<ICaseNoteWriter>(firm.Key) is { } notes
                ? (item, ct) => notes.WriteNoteAsync(new PlatformMessage(item.ItemId, Case(item), item.Body), ct)
                : null,
            FlowKind.Documents => services.GetKeyedService<ICaseDocumentWriter>(firm.Key) is { } documents
                ? (item, ct) => documents.WriteDocumentAsync(Case(item), Document(item), ct)
                : null,
            _ => throw new ArgumentOutOfRangeException(nameof(flow), flow, "Only the Documents and Messages flows deliver the outbox."),
        };
        if (write is null)
        {
            return null;
        }

        var kind = flow == FlowKind.Messages ? OutboxItemKind.Message : OutboxItemKind.Document;
        int delivered = 0, already = 0, unknown = 0, failed = 0;
        OutboxItem? after = null;
        while (true)
        {
            var batch = await outbox.ReadUndeliveredAsync(firm.Key, kind, batchSize, after, cancellationToken).ConfigureAwait(false);
            foreach (var item in batch)
            {
                try
                {
                    var result = await write(item, cancellationToken).ConfigureAwait(false);
                    // A crash here (written, not marked) re-sends the same id next run: the writer finds it written.
                    await outbox.MarkDeliveredAsync(item.ItemId, result.Kind, clock.GetCurrentInstant(), cancellationToken)
                        .ConfigureAwait(false);
                    if (result.Kind == WriteResultKind.AlreadyWritten)
                    {
                        already++;
                    }
                    else
                    {
                        delivered++;
                    }
                }
                catch (WriteOutcomeUnknownException)
                {
                    unknown++; // left undelivered: the next run sends the same id, which the writer checks first
                }
                catch (Exception exception) when (exception is not OperationCanceledException)
                {
                    // The type only: a vendor's message may quote the case or the text.
                    LogItemFailed(logger, firm.Key, flow, exception.GetType().Name);
                    failed++;
                }
            }

            if (batch.Count < batchSize)
            {
                break;
            }

            after = batch[^1];
        }

        return new FlowRunResult(firm.Key, flow, delivered, already, unknown, failed);
    }

    private static CaseKey Case(OutboxItem item) => new(item.SourceSystem, item.SourceCaseId);

    private static PlatformDocument Document(OutboxItem item) => new(
        item.ItemId,
        item.FileName ?? $"{item.ItemId}.txt",
        System.Text.Encoding.UTF8.GetBytes(item.Body),
        "Sent by the client on the platform");

    [LoggerMessage(
        Level = LogLevel.Warning, Message = "Firm {FirmKey}: {Flow} item failed with {ExceptionType}; it stays for the next run.")]
    private static partial void LogItemFailed(ILogger logger, string firmKey, FlowKind flow, string exceptionType);
}
