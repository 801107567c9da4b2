using Connectors.CasePeer.Http;
using Connectors.CasePeer.Models;
using Connectors.Core.Model;
using Connectors.Core.Writes;
using Connectors.Shared;

using Microsoft.Extensions.Options;

namespace Connectors.CasePeer.Writes;

/// <summary>
/// Copies platform documents to a case's Documents, never twice: a document whose platform id is already on the
/// case (its <c>external_id</c>, looked for on every page of the case's documents) is not sent again (check before
/// create); an upload refused with a server error is repeated with the same idempotency key, and one whose answer was
/// lost is looked for on the case before it is sent again, so it lands once even where CASEpeer ignores the key.
/// </summary>
public sealed class CasePeerDocumentWriter : ICaseDocumentWriter
{
    private readonly ICasePeerApi _api;
    private readonly IOptionsMonitor<CasePeerOptions> _options;

    internal CasePeerDocumentWriter(ICasePeerApi api, IOptionsMonitor<CasePeerOptions> options)
    {
        _api = api;
        _options = options;
    }

    /// <inheritdoc />
    public string SourceSystem => CasePeerMapper.SourceSystem;

    /// <inheritdoc />
    /// <remarks><see cref="PlatformDocument.Description"/> is not kept: CASEpeer documents have no description.</remarks>
    public async Task<WriteResult> WriteDocumentAsync(
        CaseKey caseKey,
        PlatformDocument document,
        CancellationToken cancellationToken = default)
    {
        var id = CasePeerMapper.CaseId(CaseKeyCheck.SourceIdFor(caseKey, SourceSystem, nameof(caseKey)));
        ArgumentNullException.ThrowIfNull(document);
        ArgumentException.ThrowIfNullOrWhiteSpace(document.DocumentId, nameof(document));
        ArgumentException.ThrowIfNullOrWhiteSpace(document.FileName, nameof(document));
        if (await FindAsync(id, document.DocumentId, cancellationToken).ConfigureAwait(false) is { } already)
        {
            return new WriteResult(caseKey, WriteResultKind.AlreadyWritten, CasePeerMapper.RecordId(already.Id));
        }

        var request = new CasePeerDocumentRequest(document.FileName, Convert.ToBase64String(document.Content.Span), document.DocumentId);
        var uploaded = await CasePeerWrites.SendAsync(
            "POST /api/v1/cases/{id}/documents",
            _options.CurrentValue,
            ct => _api.AddDocumentAsync(id, request, $"document-{document.DocumentId}", ct),
            ct => FindAsync(id, document.DocumentId, ct),
            $"Look on case {id} for a document with external id {document.DocumentId}; "
                + "calling WriteDocumentAsync again is safe (it looks first).",
            cancellationToken).ConfigureAwait(false);
        CasePeerTelemetry.Instance.RecordWriteBack("document");
        return new WriteResult(caseKey, WriteResultKind.Written, CasePeerMapper.RecordId(uploaded.Id));
    }

    // The document's natural key on the case is its external id (the platform document id). Every page is looked at, and
    // the read stops at the page that holds it.
    private async Task<CasePeerDocument?> FindAsync(long caseId, string documentId, CancellationToken cancellationToken)
    {
        var documents = CasePeerPages.ReadAllAsync(
            "GET /api/v1/cases/{id}/documents",
            _options.CurrentValue.PageSize,
            (number, size, c) => _api.ListDocumentsAsync(caseId, number, size, c),
            cancellationToken);
        await foreach (var document in documents.ConfigureAwait(false))
        {
            if (document.ExternalId == documentId)
            {
                return document;
            }
        }

        return null;
    }
}
