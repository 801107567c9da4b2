using Connectors.CasePeer.Http;
using Connectors.CasePeer.Models;
using Connectors.Core.Model;

using Microsoft.Extensions.Options;

namespace Connectors.CasePeer.Documents;

/// <summary>
/// Uploads platform documents to a case's Documents, never twice: a document whose platform id is already on the
/// case is not sent again (check before create); an upload refused with a server error is repeated with the same
/// idempotency key, and one whose answer was lost is looked for on the case (its external id) before it is sent again,
/// so it lands once even where CASEpeer ignores the key.
/// </summary>
public sealed class CasePeerDocuments
{
    private readonly ICasePeerApi _api;
    private readonly IOptionsMonitor<CasePeerOptions> _options;

    /// <summary>Creates the service over the registered client.</summary>
    public CasePeerDocuments(ICasePeerApi api, IOptionsMonitor<CasePeerOptions> options)
    {
        _api = api;
        _options = options;
    }

    /// <summary>Uploads <paramref name="document"/> to case <paramref name="caseId"/> unless it is already there.</summary>
    /// <returns>The document on the case, and whether this call uploaded it.</returns>
    public async Task<(CasePeerDocument Document, bool Uploaded)> UploadAsync(string caseId, PlatformDocument document, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        var id = CasePeerMapper.CaseId(caseId);
        if (await FindAsync(id, document.DocumentId, cancellationToken).ConfigureAwait(false) is { } already)
        {
            return (already, false);
        }

        var request = new CasePeerDocumentRequest(document.FileName, Convert.ToBase64String(document.Content.Span), document.DocumentId);
        var uploaded = await CasePeerWrites.SendAsync(
            "POST /api/v1/cases/{id}/documents",
            _options.CurrentValue,
            ct => _api.AddDocumentAsync(id, request, $"document-{document.DocumentId}", ct),
            ct => FindAsync(id, document.DocumentId, ct),
            $"Look on case {id} for a document with external id {document.DocumentId}; calling UploadAsync again is safe (it looks first).",
            cancellationToken).ConfigureAwait(false);
        CasePeerTelemetry.Instance.RecordWriteBack("document");
        return (uploaded, true);
    }

    // The document's natural key on the case is its external id (the platform document id).
    private async Task<CasePeerDocument?> FindAsync(long caseId, string documentId, CancellationToken cancellationToken)
    {
        var existing = await CasePeerCall.RunAsync("GET /api/v1/cases/{id}/documents", ct => _api.ListDocumentsAsync(caseId, ct), cancellationToken).ConfigureAwait(false);
        return (existing.Results ?? []).FirstOrDefault(d => d is not null && d.ExternalId == documentId);
    }
}
