using Connectors.Core.Model;

namespace Connectors.Core.Writes;

/// <summary>
/// Copies platform documents to their cases' documents in the source system. Implemented by every connector whose vendor
/// accepts documents, so a host writes back to any of them through this one call.
/// </summary>
public interface ICaseDocumentWriter
{
    /// <summary>The source system whose cases this writer writes to; <see cref="CaseKey.SourceSystem"/> must match it.</summary>
    string SourceSystem { get; }

    /// <summary>
    /// Copies <paramref name="document"/> to <paramref name="caseKey"/>'s documents, at most once per
    /// <see cref="PlatformDocument.DocumentId"/>: a repeated call finds the copy it made and returns
    /// <see cref="WriteResultKind.AlreadyWritten"/>. When the vendor's answer is lost and no check can tell whether the
    /// copy landed, it throws <see cref="Http.WriteOutcomeUnknownException"/>.
    /// </summary>
    /// <param name="caseKey">The case; it must belong to <see cref="SourceSystem"/>.</param>
    /// <param name="document">The document.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <exception cref="ArgumentException">The case belongs to another source system, or the document has no id or name.</exception>
    Task<WriteResult> WriteDocumentAsync(CaseKey caseKey, PlatformDocument document, CancellationToken cancellationToken = default);
}
