namespace Connectors.CasePeer.Models;

/// <summary>A document on a case (metadata).</summary>
/// <param name="Id">Document id.</param>
/// <param name="CaseId">The case.</param>
/// <param name="FileName">File name.</param>
/// <param name="ExternalId">The id the uploader gave it (the platform document id): the natural key of an upload.</param>
/// <param name="Sha256">SHA-256 of the content, lower-case hex.</param>
/// <param name="Size">Size in bytes.</param>
/// <param name="CreatedAt">When it was uploaded.</param>
internal sealed record CasePeerDocument(
    long Id,
    long CaseId,
    string FileName,
    string? ExternalId,
    string Sha256,
    long Size,
    DateTimeOffset CreatedAt);
