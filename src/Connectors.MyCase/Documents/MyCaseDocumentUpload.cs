using Connectors.MyCase.Models;

namespace Connectors.MyCase.Documents;

/// <summary>The outcome of <see cref="MyCaseDocuments.UploadAsync"/>.</summary>
/// <param name="Document">The document record in MyCase.</param>
/// <param name="Uploaded">True when this call uploaded the bytes; false when the document was already on the case.</param>
public sealed record MyCaseDocumentUpload(MyCaseDocument Document, bool Uploaded);
