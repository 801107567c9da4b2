using NodaTime;

namespace Fleet.Host.Flows;

/// <summary>
/// One message or document received on the platform for a firm's case, waiting in the platform's outbox to be written to
/// the firm's vendor. The item id is the platform's id: the writers write at most once per id.
/// </summary>
/// <param name="Tenant">The firm.</param>
/// <param name="ItemId">The platform's message or document id.</param>
/// <param name="Kind">Message (a note) or document.</param>
/// <param name="SourceSystem">The source system of the case (the writer's <c>SourceSystem</c>).</param>
/// <param name="SourceCaseId">The case's id in the source system.</param>
/// <param name="FileName">The document's file name; null for a message.</param>
/// <param name="Body">The message text, or the document's text content. Client communication: never logged.</param>
/// <param name="CreatedAt">When the platform received it.</param>
public sealed record OutboxItem(
    string Tenant,
    string ItemId,
    OutboxItemKind Kind,
    string SourceSystem,
    string SourceCaseId,
    string? FileName,
    string Body,
    Instant CreatedAt)
{
    /// <summary>Prints ids only: the body is client communication.</summary>
    public override string ToString() => $"OutboxItem {{ Tenant = {Tenant}, ItemId = {ItemId}, Kind = {Kind}, Case = {SourceCaseId} }}";
}
