namespace Connectors.Sandbox.MyCase;

// The sandbox's own model of MyCase's data. It does not reuse the connector's DTOs: the OpenAPI files in
// tests/fixtures/mycase/openapi pin both sides to the same contract instead.

/// <summary>A case as the sandbox holds it.</summary>
internal sealed record MyCaseSandboxCase(
    long Id,
    string Name,
    string? PracticeArea,
    string? CaseStage,
    bool Closed,
    IReadOnlyList<long> ClientIds,
    long? LeadLawyerId,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt)
{
    /// <summary>The firm's case number.</summary>
    public string? CaseNumber { get; init; }

    /// <summary>The date it was opened (ISO date).</summary>
    public string? OpenedDate { get; init; }

    /// <summary>The date it was closed (ISO date), when closed.</summary>
    public string? ClosedDate { get; init; }
}

/// <summary>A client (person) as the sandbox holds it.</summary>
internal sealed record MyCaseSandboxClient(
    long Id,
    string? FirstName,
    string? LastName,
    string? Email,
    string? CellPhoneNumber,
    string? WorkPhoneNumber,
    DateTimeOffset UpdatedAt);

/// <summary>A staff member.</summary>
internal sealed record MyCaseSandboxStaff(long Id, string FirstName, string LastName, string? Email, string Type, bool Active);

/// <summary>A document record, and whether its bytes arrived through the presigned PUT.</summary>
internal sealed record MyCaseSandboxDocument(
    long Id,
    long CaseId,
    string Path,
    string Filename,
    string? Description,
    DateTimeOffset CreatedAt)
{
    /// <summary>The versions whose bytes were uploaded (1 is the first upload).</summary>
    public int UploadedVersions { get; init; }

    /// <summary>SHA-256 (hex) of the last uploaded bytes, or null.</summary>
    public string? Sha256 { get; init; }

    /// <summary>The latest version number.</summary>
    public int Version { get; init; } = 1;
}

/// <summary>A webhook subscription.</summary>
internal sealed record MyCaseSandboxSubscription(string Id, string Model, string Url, IReadOnlyList<string> Actions, string HmacKey);

/// <summary>A webhook delivery the sandbox signed, to hand to a receiver.</summary>
/// <param name="SubscriptionId">The subscription it is for.</param>
/// <param name="Body">The raw body.</param>
/// <param name="SignatureHeader">The header carrying the signature (modelled: <c>X-MyCase-Signature</c>).</param>
/// <param name="Signature">HMAC-SHA256 of the body with the subscription's key, lowercase hex (modelled).</param>
public sealed record MyCaseSandboxDelivery(string SubscriptionId, ReadOnlyMemory<byte> Body, string SignatureHeader, string Signature);

/// <summary>A request the sandbox served on the API, for contract tests of the client's requests.</summary>
/// <param name="Method">The HTTP method.</param>
/// <param name="Path">The path below the vendor prefix, as <c>/v1/cases/1001</c>.</param>
/// <param name="QueryNames">The query parameter names sent.</param>
/// <param name="Body">The JSON body, if any.</param>
/// <param name="HadAuthorization">True when an Authorization header was sent.</param>
internal sealed record MyCaseSandboxRequest(
    string Method,
    string Path,
    IReadOnlyList<string> QueryNames,
    string? Body,
    bool HadAuthorization);
