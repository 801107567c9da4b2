namespace Connectors.MyCase.Documents;

/// <summary>A document on the platform, to be copied to the case's documents in MyCase.</summary>
/// <param name="DocumentId">The platform's document id: the natural key of the upload (kept in the MyCase description).</param>
/// <param name="FileName">The file name, with its extension.</param>
/// <param name="Content">The bytes.</param>
/// <param name="Description">A description to show in MyCase, or null.</param>
public sealed record PlatformDocument(string DocumentId, string FileName, ReadOnlyMemory<byte> Content, string? Description = null)
{
    /// <summary>Prints the id and name only.</summary>
    public override string ToString() => $"PlatformDocument {{ DocumentId = {DocumentId}, FileName = {FileName}, Bytes = {Content.Length} }}";
}
