namespace Connectors.MyCase.Models;

/// <summary>
/// A document (OpenAPI <c>DocumentResponse</c>); the answer to <c>POST /v1/cases/{id}/documents</c>
/// (<c>DocumentPostResponse</c>) adds <see cref="PutUrl"/> and <see cref="PutHeaders"/>.
/// </summary>
public sealed record MyCaseDocument
{
    /// <summary>The document id.</summary>
    public long Id { get; init; }

    /// <summary>The name as seen in MyCase.</summary>
    public string? Name { get; init; }

    /// <summary>The physical file's name.</summary>
    public string? Filename { get; init; }

    /// <summary>The folder path of the document, including its name.</summary>
    public string? Path { get; init; }

    /// <summary>The description.</summary>
    public string? Description { get; init; }

    /// <summary>The assigned date (ISO-8601 date).</summary>
    public string? AssignedDate { get; init; }

    /// <summary>The case.</summary>
    public MyCaseIdRef? Case { get; init; }

    /// <summary>The folder.</summary>
    public MyCaseIdRef? Folder { get; init; }

    /// <summary>The document's own API URL, as <c>/v1/documents/1</c>.</summary>
    public string? SelfUrl { get; init; }

    /// <summary>Only on create: the presigned (Amazon S3) URL to PUT the bytes to, without the bearer token. A secret.</summary>
    public string? PutUrl { get; init; }

    /// <summary>Only on create: headers to send with the PUT (as <c>x-amz-acl</c>).</summary>
    public IReadOnlyDictionary<string, string>? PutHeaders { get; init; }

    /// <summary>When it was created (ISO-8601 date-time).</summary>
    public string? CreatedAt { get; init; }

    /// <summary>When it was last updated (ISO-8601 date-time).</summary>
    public string? UpdatedAt { get; init; }

    /// <summary>Never prints the presigned URL.</summary>
    public override string ToString() => $"MyCaseDocument {{ Id = {Id}, Path = {Path} }}";
}
