using Connectors.CasePeer.Http;
using Connectors.CasePeer.Models;
using Connectors.Core.Model;
using Microsoft.Extensions.Options;

namespace Connectors.CasePeer.Documents;

/// <summary>
/// Uploads platform documents to a case's Documents, never twice: a document whose platform id is already on the
/// case is not sent again (check before create), and an upload that gets no answer is repeated with the same
/// idempotency key, which the server applies once.
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
        var existing = await CasePeerCall.RunAsync("GET /api/v1/cases/{id}/documents", ct => _api.ListDocumentsAsync(id, ct), cancellationToken).ConfigureAwait(false);
        if ((existing.Results ?? []).FirstOrDefault(d => d is not null && d.ExternalId == document.DocumentId) is { } already)
        {
            return (already, false);
        }

        var request = new CasePeerDocumentRequest(document.FileName, Convert.ToBase64String(document.Content.Span), document.DocumentId);
        var uploaded = await CasePeerWrites.SendAsync(
            "POST /api/v1/cases/{id}/documents",
            _options.CurrentValue.WriteAttempts,
            ct => _api.AddDocumentAsync(id, request, $"document-{document.DocumentId}", ct),
            cancellationToken).ConfigureAwait(false);
        CasePeerTelemetry.Instance.RecordWriteBack("document");
        return (uploaded, true);
    }
}
