using Connectors.CaseXchange.Models;

using Refit;

namespace Connectors.CaseXchange;

/// <summary>
/// The Case Xchange Public API (<c>/api/public/v1</c>), one method per endpoint. Ids accept a UUID, a reference number,
/// a CMS id or a Salesforce id, as the API does. The key and the tier check are added by handlers.
/// </summary>
[Headers("Accept: application/json")]
public interface ICaseXchangeApi
{
    /// <summary><c>GET /firms/me</c>: the firm the key belongs to (checks a key).</summary>
    [Get("/firms/me")]
    Task<CxEnvelope<CxFirm>> GetMyFirmAsync(CancellationToken cancellationToken);

    /// <summary><c>GET /sent-cases</c>, one page.</summary>
    [Get("/sent-cases")]
    Task<CxEnvelope<List<CxSentCase>>> ListSentCasesAsync(int page, int limit, string? status, CancellationToken cancellationToken);

    /// <summary><c>GET /sent-cases/{id}</c>.</summary>
    [Get("/sent-cases/{id}")]
    Task<CxEnvelope<CxSentCase>> GetSentCaseAsync(string id, CancellationToken cancellationToken);

    /// <summary><c>POST /sent-cases</c>: creates a draft.</summary>
    [Post("/sent-cases")]
    Task<CxEnvelope<CxSentCase>> CreateDraftAsync([Body] CxCreateSentCase draft, [Header("Idempotency-Key")] string idempotencyKey, CancellationToken cancellationToken);

    /// <summary><c>POST /sent-cases/{id}/refer</c>: sends a draft to a firm.</summary>
    [Post("/sent-cases/{id}/refer")]
    Task<CxEnvelope<CxSentCase>> ReferAsync(string id, [Body] CxReferRequest refer, [Header("Idempotency-Key")] string idempotencyKey, CancellationToken cancellationToken);

    /// <summary><c>GET /received-referrals</c>, one page.</summary>
    [Get("/received-referrals")]
    Task<CxEnvelope<List<CxReceivedReferral>>> ListReceivedReferralsAsync(int page, int limit, string? status, CancellationToken cancellationToken);

    /// <summary><c>GET /received-referrals/{id}</c>.</summary>
    [Get("/received-referrals/{id}")]
    Task<CxEnvelope<CxReceivedReferral>> GetReceivedReferralAsync(string id, CancellationToken cancellationToken);

    /// <summary><c>POST /messages/send</c>, with an optional requested status.</summary>
    [Post("/messages/send")]
    Task<CxEnvelope<CxMessageReceipt>> SendMessageAsync([Body] CxSendMessage message, [Header("Idempotency-Key")] string idempotencyKey, CancellationToken cancellationToken);

    /// <summary><c>GET /case-types</c>.</summary>
    [Get("/case-types")]
    Task<CxEnvelope<List<CxNamed>>> ListCaseTypesAsync(CancellationToken cancellationToken);

    /// <summary><c>GET /jurisdictions</c>.</summary>
    [Get("/jurisdictions")]
    Task<CxEnvelope<List<CxNamed>>> ListJurisdictionsAsync(CancellationToken cancellationToken);
}
