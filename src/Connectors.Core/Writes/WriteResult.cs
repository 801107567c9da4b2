using Connectors.Core.Model;

namespace Connectors.Core.Writes;

/// <summary>What a write-back through <see cref="ICaseNoteWriter"/> or <see cref="ICaseDocumentWriter"/> did.</summary>
/// <param name="Case">The case written to.</param>
/// <param name="Kind">Whether this call wrote the record or found it already written.</param>
/// <param name="RecordId">The vendor's id of the note or document, or null when the vendor gives none back.</param>
public sealed record WriteResult(CaseKey Case, WriteResultKind Kind, string? RecordId);
