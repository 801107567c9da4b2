namespace Connectors.MyCase.Models;

/// <summary>The answer to <c>POST /v1/documents/{id}/versions</c> (OpenAPI <c>DocumentVersionPostResponse</c>).</summary>
public sealed record MyCaseDocumentVersion
{
    /// <summary>The version's id.</summary>
    public long Id { get; init; }

    /// <summary>The version number within the document.</summary>
    public long Version { get; init; }

    /// <summary>The parent document.</summary>
    public MyCaseIdRef? Document { get; init; }

    /// <summary>The presigned URL to PUT the bytes to. A secret.</summary>
    public string? PutUrl { get; init; }

    /// <summary>Headers to send with the PUT.</summary>
    public IReadOnlyDictionary<string, string>? PutHeaders { get; init; }

    /// <summary>Never prints the presigned URL.</summary>
    public override string ToString() => $"MyCaseDocumentVersion {{ Id = {Id}, Version = {Version} }}";
}
