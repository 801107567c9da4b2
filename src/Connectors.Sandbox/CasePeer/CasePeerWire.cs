namespace Connectors.Sandbox.CasePeer;

// The sandbox's own model of CASEpeer's wire format (snake_case JSON). It must not reuse the connector's DTOs: the
// fixtures in tests/fixtures/casepeer pin both sides to the same contract instead.

/// <summary>A case as <c>GET /api/v1/cases</c> returns it.</summary>
internal sealed record CasePeerCaseWire(
    long Id,
    string CaseName,
    string CaseType,
    string? Status,
    bool IsClosed,
    DateTimeOffset UpdatedAt,
    bool CaseStatusEligible,
    bool ConnectedToCaseStatus,
    CasePeerAttorneyWire? PrimaryAttorney,
    CasePeerClientWire? Client);

/// <summary>The case's primary attorney.</summary>
internal sealed record CasePeerAttorneyWire(long Id, string Name, string? Email);

/// <summary>The case's client.</summary>
internal sealed record CasePeerClientWire(long Id, string? FirstName, string? LastName, string? CellPhone, string? Email);

/// <summary>A page: <c>{"count", "next", "previous", "results"}</c>.</summary>
internal sealed record CasePeerPageWire<T>(int Count, string? Next, string? Previous, IReadOnlyList<T> Results);

/// <summary>A case note.</summary>
internal sealed record CasePeerNoteWire(long Id, long CaseId, string Note, string? AuthorEmail, DateTimeOffset CreatedAt);

/// <summary>The body of <c>POST /api/v1/cases/{id}/notes</c>.</summary>
internal sealed record CasePeerNoteRequestWire(string? Note, string? AuthorEmail);

/// <summary>A case document (metadata; the bytes are kept but not echoed).</summary>
internal sealed record CasePeerDocumentWire(
    long Id,
    long CaseId,
    string FileName,
    string? ExternalId,
    string Sha256,
    long Size,
    DateTimeOffset CreatedAt);

/// <summary>The body of <c>POST /api/v1/cases/{id}/documents</c>.</summary>
internal sealed record CasePeerDocumentRequestWire(string? FileName, string? ContentBase64, string? ExternalId);

/// <summary>CASEpeer's error body: <c>{"detail": "..."}</c>.</summary>
internal sealed record CasePeerErrorWire(string Detail);
