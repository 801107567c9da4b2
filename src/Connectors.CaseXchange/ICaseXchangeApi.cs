using Connectors.CaseXchange.Models;

using Refit;

namespace Connectors.CaseXchange;

/// <summary>
/// The Case Xchange Public API (<c>/api/public/v1</c>), one method per endpoint. Ids accept a UUID, a reference number,
/// a CMS id or a Salesforce id, as the API does. The key and the tier check are added by handlers. Internal: callers use
/// <see cref="CaseXchangeClient"/>, which adds the write safety (idempotency keys, checks before a resend, transitions).
/// </summary>
[Headers("Accept: application/json")]
internal interface ICaseXchangeApi
{
    /// <summary><c>GET /firms/me</c>: the firm the key belongs to (checks a key).</summary>
    [Get("/firms/me")]
    Task<CaseXchangeEnvelope<CaseXchangeFirm>> GetMyFirmAsync(CancellationToken cancellationToken);

    /// <summary><c>GET /sent-cases</c>, one page.</summary>
    [Get("/sent-cases")]
    Task<CaseXchangeEnvelope<List<CaseXchangeSentCase>>> ListSentCasesAsync(
        int page, int limit, string? status, CancellationToken cancellationToken);

    /// <summary><c>GET /sent-cases/{id}</c>.</summary>
    [Get("/sent-cases/{id}")]
    Task<CaseXchangeEnvelope<CaseXchangeSentCase>> GetSentCaseAsync(string id, CancellationToken cancellationToken);

    /// <summary><c>POST /sent-cases</c>: creates a draft.</summary>
    [Post("/sent-cases")]
    Task<CaseXchangeEnvelope<CaseXchangeSentCase>> CreateDraftAsync(
        [Body] CaseXchangeCreateSentCase draft, [Header("Idempotency-Key")] string idempotencyKey, CancellationToken cancellationToken);

    /// <summary><c>POST /sent-cases/{id}/refer</c>: sends a draft to a firm.</summary>
    [Post("/sent-cases/{id}/refer")]
    Task<CaseXchangeEnvelope<CaseXchangeSentCase>> ReferAsync(
        string id,
        [Body] CaseXchangeReferRequest refer,
        [Header("Idempotency-Key")] string idempotencyKey,
        CancellationToken cancellationToken);

    /// <summary>
    /// <c>POST /api/v1/cases/{id}/re-refer</c>: a new referral of a case with the next sequence number. The path is on the
    /// <c>/api/v1</c> API, not under the Public API root, so the route climbs out of <c>public/v1</c> first.
    /// </summary>
    [Post("/../../v1/cases/{id}/re-refer")]
    Task<CaseXchangeEnvelope<CaseXchangeReReferral>> ReReferAsync(
        string id,
        [Body] CaseXchangeReReferRequest reReferral,
        [Header("Idempotency-Key")] string idempotencyKey,
        CancellationToken cancellationToken);

    /// <summary><c>GET /received-referrals</c>, one page.</summary>
    [Get("/received-referrals")]
    Task<CaseXchangeEnvelope<List<CaseXchangeReceivedReferral>>> ListReceivedReferralsAsync(
        int page, int limit, string? status, CancellationToken cancellationToken);

    /// <summary><c>GET /received-referrals/{id}</c>.</summary>
    [Get("/received-referrals/{id}")]
    Task<CaseXchangeEnvelope<CaseXchangeReceivedReferral>> GetReceivedReferralAsync(string id, CancellationToken cancellationToken);

    /// <summary>
    /// <c>POST /messages/send</c>, with an optional requested status. The answer keeps its status code: 201 for a new
    /// message, 200 for a repeat answered with the first receipt (the sandbox's model of a replayed key).
    /// </summary>
    [Post("/messages/send")]
    Task<IApiResponse<CaseXchangeEnvelope<CaseXchangeMessageReceipt>>> SendMessageAsync(
        [Body] CaseXchangeSendMessage message, [Header("Idempotency-Key")] string idempotencyKey, CancellationToken cancellationToken);

    /// <summary><c>GET /case-types</c>.</summary>
    [Get("/case-types")]
    Task<CaseXchangeEnvelope<List<CaseXchangeNamed>>> ListCaseTypesAsync(CancellationToken cancellationToken);

    /// <summary><c>GET /jurisdictions</c>.</summary>
    [Get("/jurisdictions")]
    Task<CaseXchangeEnvelope<List<CaseXchangeNamed>>> ListJurisdictionsAsync(CancellationToken cancellationToken);
}
