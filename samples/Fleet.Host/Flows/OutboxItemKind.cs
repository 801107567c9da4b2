namespace Fleet.Host.Flows;

/// <summary>What a platform outbox item is, and so which of the vendor's writers delivers it.</summary>
public enum OutboxItemKind
{
    /// <summary>A client message, written to the case as a note (Core's <c>ICaseNoteWriter</c>).</summary>
    Message,

    /// <summary>A document, copied to the case's documents (Core's <c>ICaseDocumentWriter</c>).</summary>
    Document,
}
