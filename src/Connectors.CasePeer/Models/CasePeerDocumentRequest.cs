namespace Connectors.CasePeer.Models;

/// <summary>The body of a document upload.</summary>
/// <param name="FileName">File name.</param>
/// <param name="ContentBase64">The bytes, base64.</param>
/// <param name="ExternalId">The platform document id.</param>
internal sealed record CasePeerDocumentRequest(string FileName, string ContentBase64, string? ExternalId);
