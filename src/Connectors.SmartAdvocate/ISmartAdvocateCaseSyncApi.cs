using Connectors.SmartAdvocate.Models;

using Refit;

namespace Connectors.SmartAdvocate;

/// <summary>
/// SmartAdvocate's CaseSyncAPI, relative to the firm's host. Every call carries <c>Authorization: Bearer</c>, attached
/// by the SDK's token handler. Raw access for consumers; most callers use <see cref="SmartAdvocateCaseSource"/> and
/// <see cref="SmartAdvocateCaseSyncClient"/>, which map errors to Core's exception family.
/// </summary>
public interface ISmartAdvocateCaseSyncApi
{
    /// <summary>
    /// Cases whose number matches <paramref name="caseNumber"/> (<c>%</c> is a wildcard), as the answer's body: CaseInfo has
    /// no paging, so the answer holds every case of the pattern and is read one case at a time, never whole.
    /// </summary>
    [Get("/CaseSyncAPI/case/CaseInfo")]
    Task<Stream> GetCaseInfoStreamAsync(
        [AliasAs("Casenumber")] string caseNumber,
        [AliasAs("AddContactInfo")] bool? addContactInfo,
        CancellationToken cancellationToken);

    /// <summary>
    /// One case by its id, as the answer's body: a CaseInfo record (an object, or CaseInfo's own array holding it); 404
    /// when there is no such case. The route is modelled (third-party connectors read a case by its id; the vendor's
    /// published pages show CaseInfo by number only): see docs/vendors/smartadvocate.md.
    /// </summary>
    [Get("/CaseSyncAPI/case/{caseId}")]
    Task<Stream> GetCaseStreamAsync(long caseId, [AliasAs("AddContactInfo")] bool? addContactInfo, CancellationToken cancellationToken);

    /// <summary>The notes of one case.</summary>
    [Get("/CaseSyncAPI/case/{caseId}/notes")]
    Task<IReadOnlyList<SmartAdvocateCaseNote>> GetCaseNotesAsync(long caseId, CancellationToken cancellationToken);

    /// <summary>The notes of the cases whose number matches.</summary>
    [Get("/CaseSyncAPI/case/notes/byCaseNumber")]
    Task<IReadOnlyList<SmartAdvocateCaseNote>> GetCaseNotesByCaseNumberAsync([AliasAs("CaseNumber")] string caseNumber,
        CancellationToken cancellationToken);

    /// <summary>One page (0-based) of documents modified inside a window. Both answer shapes are read.</summary>
    [Post("/CaseSyncAPI/case/documents/byDatePaged")]
    Task<SmartAdvocateDocumentsPage> GetDocumentsByDatePagedAsync([Body] SmartAdvocateDocumentsByDateRequest request,
        CancellationToken cancellationToken);

    /// <summary>A document's binary content. The caller disposes the response.</summary>
    [Get("/CaseSyncAPI/case/document/{documentId}/content")]
    Task<HttpResponseMessage> GetDocumentContentAsync(long documentId, CancellationToken cancellationToken);
}
