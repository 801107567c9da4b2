using Connectors.MyCase.Models;

using Refit;

namespace Connectors.MyCase;

/// <summary>
/// The MyCase API (<c>https://external-integrations.mycase.com</c>) exactly as its OpenAPI files publish it: one method per
/// endpoint the connector uses, paths and query names to the letter. List methods return <see cref="ApiResponse{T}"/> so
/// that the <c>Link</c> (next page) and <c>Item-Count</c> headers can be read; <c>page_token</c> is the cursor MyCase puts
/// in the <c>Link</c> header's <c>rel="next"</c> URL. The bearer token is added by the authentication handler.
/// </summary>
[Headers("Accept: application/json")]
public interface IMyCaseApi
{
    /// <summary><c>GET /v1/cases</c>: one page of the firm's cases.</summary>
    [Get("/v1/cases")]
    Task<ApiResponse<IReadOnlyList<MyCaseCase>>> ListCasesAsync(
        [AliasAs("page_size")] int? pageSize,
        [AliasAs("filter[updated_after]")] string? updatedAfter,
        [AliasAs("filter[status]")] string? status,
        [AliasAs("field[client]")] string? clientFields,
        [AliasAs("page_token")] string? pageToken,
        CancellationToken cancellationToken);

    /// <summary>
    /// The same request as <see cref="ListCasesAsync"/>, its body left unread: the sync reads each page's bytes itself,
    /// one case at a time. Dispose the answer. Both methods take the same parameters (a test holds them together).
    /// </summary>
    [Get("/v1/cases")]
    Task<ApiResponse<Stream>> ListCasesStreamAsync(
        [AliasAs("page_size")] int? pageSize,
        [AliasAs("filter[updated_after]")] string? updatedAfter,
        [AliasAs("filter[status]")] string? status,
        [AliasAs("field[client]")] string? clientFields,
        [AliasAs("page_token")] string? pageToken,
        CancellationToken cancellationToken);

    /// <summary><c>GET /v1/cases/{id}</c>.</summary>
    [Get("/v1/cases/{id}")]
    Task<MyCaseCase> GetCaseAsync(long id, [AliasAs("field[client]")] string? clientFields, CancellationToken cancellationToken);

    /// <summary><c>GET /v1/clients/{id}/cases</c>: the cases of one client.</summary>
    [Get("/v1/clients/{id}/cases")]
    Task<ApiResponse<IReadOnlyList<MyCaseCase>>> ListClientCasesAsync(
        long id,
        [AliasAs("page_token")] string? pageToken,
        CancellationToken cancellationToken);

    /// <summary><c>GET /v1/clients</c>: one page of clients.</summary>
    [Get("/v1/clients")]
    Task<ApiResponse<IReadOnlyList<MyCaseClient>>> ListClientsAsync(
        [AliasAs("page_size")] int? pageSize,
        [AliasAs("filter[updated_after]")] string? updatedAfter,
        [AliasAs("page_token")] string? pageToken,
        CancellationToken cancellationToken);

    /// <summary><c>GET /v1/clients/{id}</c>.</summary>
    [Get("/v1/clients/{id}")]
    Task<MyCaseClient> GetClientAsync(long id, CancellationToken cancellationToken);

    /// <summary><c>GET /v1/staff</c>: one page of staff; <c>filter[status]</c> is <c>active</c> or <c>inactive</c>.</summary>
    [Get("/v1/staff")]
    Task<ApiResponse<IReadOnlyList<MyCaseStaff>>> ListStaffAsync(
        [AliasAs("page_size")] int? pageSize,
        [AliasAs("filter[status]")] string? status,
        [AliasAs("page_token")] string? pageToken,
        CancellationToken cancellationToken);

    /// <summary><c>GET /v1/staff/{id}</c>.</summary>
    [Get("/v1/staff/{id}")]
    Task<MyCaseStaff> GetStaffAsync(long id, CancellationToken cancellationToken);

    /// <summary><c>GET /v1/case_stages</c>: one page of the firm's case stages.</summary>
    [Get("/v1/case_stages")]
    Task<ApiResponse<IReadOnlyList<MyCaseNamedItem>>> ListCaseStagesAsync(
        [AliasAs("page_size")] int? pageSize,
        [AliasAs("page_token")] string? pageToken,
        CancellationToken cancellationToken);

    /// <summary><c>GET /v1/practice_areas</c>: one page of the firm's practice areas.</summary>
    [Get("/v1/practice_areas")]
    Task<ApiResponse<IReadOnlyList<MyCaseNamedItem>>> ListPracticeAreasAsync(
        [AliasAs("page_size")] int? pageSize,
        [AliasAs("page_token")] string? pageToken,
        CancellationToken cancellationToken);

    /// <summary><c>GET /v1/cases/{id}/documents</c>: one page of a case's documents.</summary>
    [Get("/v1/cases/{id}/documents")]
    Task<ApiResponse<IReadOnlyList<MyCaseDocument>>> ListCaseDocumentsAsync(
        long id,
        [AliasAs("page_token")] string? pageToken,
        CancellationToken cancellationToken);

    /// <summary><c>POST /v1/cases/{id}/documents</c>: creates the document record; the answer carries <c>put_url</c> and
    /// <c>put_headers</c>.</summary>
    [Post("/v1/cases/{id}/documents")]
    Task<MyCaseDocument> CreateCaseDocumentAsync(long id, [Body] MyCaseDocumentRequest document, CancellationToken cancellationToken);

    /// <summary><c>PUT /v1/documents/{id}</c>: updates a document's path, file name and description; answers 204.</summary>
    [Put("/v1/documents/{id}")]
    Task UpdateDocumentAsync(long id, [Body] MyCaseDocumentRequest document, CancellationToken cancellationToken);

    /// <summary><c>POST /v1/documents/{id}/versions</c>: a new version of a document, with a new <c>put_url</c>.</summary>
    [Post("/v1/documents/{id}/versions")]
    Task<MyCaseDocumentVersion> CreateDocumentVersionAsync(long id, CancellationToken cancellationToken);

    /// <summary><c>GET /v1/webhooks/subscriptions</c>.</summary>
    [Get("/v1/webhooks/subscriptions")]
    Task<IReadOnlyList<MyCaseWebhookSubscription>> ListWebhookSubscriptionsAsync(CancellationToken cancellationToken);

    /// <summary><c>POST /v1/webhooks/subscriptions</c>: 201 with the subscription and its <c>hmac_key</c>.</summary>
    [Post("/v1/webhooks/subscriptions")]
    Task<MyCaseWebhookSubscription> CreateWebhookSubscriptionAsync(
        [Body] MyCaseWebhookSubscriptionRequest subscription,
        CancellationToken cancellationToken);

    /// <summary><c>DELETE /v1/webhooks/subscriptions/{id}</c>: 204.</summary>
    [Delete("/v1/webhooks/subscriptions/{id}")]
    Task DeleteWebhookSubscriptionAsync(string id, CancellationToken cancellationToken);

    /// <summary><c>GET /v1/firm</c>.</summary>
    [Get("/v1/firm")]
    Task<MyCaseFirm> GetFirmAsync(CancellationToken cancellationToken);
}
