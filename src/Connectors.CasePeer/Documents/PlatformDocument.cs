namespace Connectors.CasePeer.Documents;

/// <summary>A document on the platform, to be copied to the case's Documents in CASEpeer.</summary>
/// <param name="DocumentId">The platform's document id: the natural key of the upload.</param>
/// <param name="FileName">File name.</param>
/// <param name="Content">The bytes.</param>
public sealed record PlatformDocument(string DocumentId, string FileName, ReadOnlyMemory<byte> Content);
