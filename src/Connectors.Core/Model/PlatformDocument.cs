namespace Connectors.Core.Model;

/// <summary>
/// A document on the platform, to be copied to a case's documents in the source system (a connector's
/// <c>UploadAsync</c>). The same record for every connector, so a host builds it once whatever the vendor.
/// </summary>
/// <param name="DocumentId">The platform's document id: the natural key of the upload, kept with the vendor's copy so
/// that an upload repeated later finds it instead of adding a second one.</param>
/// <param name="FileName">The file name, with its extension.</param>
/// <param name="Content">The bytes.</param>
/// <param name="Description">A description to show in the vendor's application, or null. Used where the vendor keeps
/// one (MyCase); ignored where it does not (CASEpeer).</param>
public sealed record PlatformDocument(string DocumentId, string FileName, ReadOnlyMemory<byte> Content, string? Description = null)
{
    /// <summary>Prints the id, the name and the size only: never the bytes, which may hold client data.</summary>
    public override string ToString() =>
        $"PlatformDocument {{ DocumentId = {DocumentId}, FileName = {FileName}, Bytes = {Content.Length} }}";
}
