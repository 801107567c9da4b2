using Connectors.CasePeer.Models;

using Refit;

namespace Connectors.CasePeer;

/// <summary>
/// The CASEpeer API as modelled in <c>docs/vendors/casepeer.md</c> (CASEpeer publishes none): one method per endpoint,
/// relative to the configured base address. The firm key is added by the authentication handler. Internal: every
/// endpoint is reached through a public service (the case source, the writers, <c>CasePeerMessages</c>), so the modelled
/// wire contract can be replaced by a real one without breaking a consumer.
/// </summary>
[Headers("Accept: application/json")]
internal interface ICasePeerApi
{
    /// <summary><c>GET api/v1/cases</c>: cases updated in <c>[updated_after, updated_before)</c>, one page.</summary>
    [Get("/api/v1/cases")]
    Task<CasePeerPage<CasePeerCase>> ListCasesAsync(
        [AliasAs("page")] int page,
        [AliasAs("page_size")] int pageSize,
        [AliasAs("updated_after")] string? updatedAfter,
        [AliasAs("updated_before")] string? updatedBefore,
        CancellationToken cancellationToken);

    /// <summary><c>GET api/v1/cases/{id}</c>.</summary>
    [Get("/api/v1/cases/{id}")]
    Task<CasePeerCase> GetCaseAsync(long id, CancellationToken cancellationToken);

    /// <summary><c>GET api/v1/cases/{id}/notes</c>: one page of the case's notes, oldest first.</summary>
    [Get("/api/v1/cases/{id}/notes")]
    Task<CasePeerPage<CasePeerNote>> ListNotesAsync(
        long id,
        [AliasAs("page")] int page,
        [AliasAs("page_size")] int pageSize,
        CancellationToken cancellationToken);

    /// <summary><c>POST api/v1/cases/{id}/notes</c>; a repeat with the same <c>Idempotency-Key</c> writes nothing new.</summary>
    [Post("/api/v1/cases/{id}/notes")]
    Task<CasePeerNote> AddNoteAsync(
        long id,
        [Body] CasePeerNoteRequest note,
        [Header("Idempotency-Key")] string idempotencyKey,
        CancellationToken cancellationToken);

    /// <summary><c>GET api/v1/cases/{id}/documents</c>: one page of the case's documents, oldest first.</summary>
    [Get("/api/v1/cases/{id}/documents")]
    Task<CasePeerPage<CasePeerDocument>> ListDocumentsAsync(
        long id,
        [AliasAs("page")] int page,
        [AliasAs("page_size")] int pageSize,
        CancellationToken cancellationToken);

    /// <summary>
    /// <c>POST api/v1/cases/{id}/documents</c>; a repeat with the same <c>Idempotency-Key</c> writes nothing new.
    /// </summary>
    [Post("/api/v1/cases/{id}/documents")]
    Task<CasePeerDocument> AddDocumentAsync(
        long id,
        [Body] CasePeerDocumentRequest document,
        [Header("Idempotency-Key")] string idempotencyKey,
        CancellationToken cancellationToken);
}
