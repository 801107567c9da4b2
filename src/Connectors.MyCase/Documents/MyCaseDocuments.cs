using System.Net.Http.Headers;

using Connectors.Core.Http;
using Connectors.Core.Model;
using Connectors.MyCase.Http;
using Connectors.MyCase.Models;
using Connectors.Shared;

namespace Connectors.MyCase.Documents;

/// <summary>
/// Pushes platform documents to a case's documents with MyCase's two-step upload: <c>POST /v1/cases/{id}/documents</c>
/// with the metadata, then <c>PUT</c> of the bytes to the returned presigned <c>put_url</c> with <c>put_headers</c>,
/// <c>Content-Type: application/octet-stream</c> and no bearer token (a separate HTTP client without the token handler).
/// Never twice: the case's documents are listed first and a document carrying the platform id's
/// <see cref="MyCaseDocumentMarker"/> is not created again; a failed PUT is repeated on the same URL; a POST whose answer
/// was lost is checked before it is sent again. The record is created marked as waiting for its bytes and the mark is
/// removed (<c>PUT /v1/documents/{id}</c>) once they are uploaded, so a record left without its bytes, by this process
/// or by one that stopped, gets them as a new version on the next upload of the same platform document.
/// </summary>
public sealed class MyCaseDocuments
{
    private const string PutEndpoint = "PUT {put_url}";

    private readonly IMyCaseApi _api;
    private readonly IHttpClientFactory _httpClientFactory;
    private readonly MyCaseSettings _options;

    internal MyCaseDocuments(IMyCaseApi api, IHttpClientFactory httpClientFactory, MyCaseSettings options)
    {
        _api = api;
        _httpClientFactory = httpClientFactory;
        _options = options;
    }

    /// <summary>Uploads <paramref name="document"/> to MyCase case <paramref name="caseId"/> unless it is already there.</summary>
    /// <param name="caseId">The MyCase case id.</param>
    /// <param name="document">The platform document.</param>
    /// <param name="cancellationToken">Cancels the requests.</param>
    /// <returns>The document record, and whether this call uploaded it.</returns>
    /// <exception cref="WriteOutcomeUnknownException">A create got no usable answer and the case's documents could not be
    /// listed to tell whether it landed; nothing was sent again. Calling again with the same platform document is safe.</exception>
    /// <exception cref="ConnectorApiException">MyCase refused the document or the bucket its bytes (not repeated), or the
    /// bytes could not be uploaded after <see cref="MyCaseOptions.UploadAttempts"/> attempts (a
    /// <see cref="WriteOutcomeUnknownException"/>), or the record could not be marked as complete after the
    /// upload (also sent up to <see cref="MyCaseOptions.UploadAttempts"/> times). The record then exists still marked as waiting; the next call with the same platform document (in this
    /// process or another) uploads its bytes as a new version.</exception>
    public async Task<MyCaseDocumentUpload> UploadAsync(long caseId, PlatformDocument document, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        var options = _options.Current;
        var marker = MyCaseDocumentMarker.For(document.DocumentId);
        var request = new MyCaseDocumentRequest(
            $"{options.DocumentFolder.Trim('/')}/{document.FileName}",
            document.FileName,
            MyCaseDocumentMarker.WithUploadPending(string.IsNullOrWhiteSpace(document.Description) ? marker : $"{document.Description} {marker}"));
        if (await FindAsync(caseId, document.DocumentId, cancellationToken).ConfigureAwait(false) is { } existing)
        {
            if (!MyCaseDocumentMarker.IsUploadPending(existing.Description))
            {
                return new MyCaseDocumentUpload(existing, false);
            }

            // An earlier attempt created the record but its bytes never arrived (every PUT failed, or the run stopped).
            var version = await NewVersionAsync(existing.Id, cancellationToken).ConfigureAwait(false);
            await PutAsync(existing.Id, version.PutUrl, version.PutHeaders, document.Content, options.UploadAttempts, cancellationToken).ConfigureAwait(false);
            return new MyCaseDocumentUpload(await MarkUploadedAsync(existing, request, cancellationToken).ConfigureAwait(false), true);
        }

        var (created, putUrl, putHeaders) = await CreateAsync(caseId, document.DocumentId, request, options.UploadAttempts, cancellationToken).ConfigureAwait(false);
        await PutAsync(created.Id, putUrl, putHeaders, document.Content, options.UploadAttempts, cancellationToken).ConfigureAwait(false);
        var completed = await MarkUploadedAsync(created, request, cancellationToken).ConfigureAwait(false);
        MyCaseTelemetry.Instance.RecordWriteBack("document");
        return new MyCaseDocumentUpload(completed, true);
    }

    /// <summary>The case's document carrying the marker of <paramref name="platformDocumentId"/>, or null.</summary>
    public async Task<MyCaseDocument?> FindAsync(long caseId, string platformDocumentId, CancellationToken cancellationToken = default)
    {
        var documents = MyCasePaging.ReadAllAsync("GET /v1/cases/{id}/documents", (token, ct) => _api.ListCaseDocumentsAsync(caseId, token, ct), null, cancellationToken);
        await foreach (var item in documents.ConfigureAwait(false))
        {
            if (MyCaseDocumentMarker.IsFor(item.Description, platformDocumentId))
            {
                return item;
            }
        }

        return null;
    }

    // POST is never repeated on faith (MyCase takes no idempotency key): a 429 or a connection never opened was not
    // applied and is sent again; any other failure is checked by listing the case's documents for the marker first,
    // and a failing look ends as WriteOutcomeUnknownException.
    private async Task<(MyCaseDocument Created, string? PutUrl, IReadOnlyDictionary<string, string>? PutHeaders)> CreateAsync(
        long caseId, string platformDocumentId, MyCaseDocumentRequest request, int attempts, CancellationToken cancellationToken)
    {
        var found = false;
        var created = await RepeatableWrite.SendAsync(
            new SafeWrite<MyCaseDocument>
            {
                Operation = "POST /v1/cases/{id}/documents",
                Send = ct => MyCaseCall.RunAsync("POST /v1/cases/{id}/documents", c => _api.CreateCaseDocumentAsync(caseId, request, c), ct),
                Attempts = attempts,
                RetryBaseDelay = _options.Current.RetryBaseDelay,
                Repeat = WriteRepeat.Never,
                FindApplied = async ct =>
                {
                    var applied = await RepeatableRead.RunAsync(c => FindAsync(caseId, platformDocumentId, c), ct).ConfigureAwait(false);
                    found = applied is not null;
                    return applied;
                },
                Recovery = $"Look on case {caseId} for a document marked with platform document id {platformDocumentId}; calling UploadAsync again is safe (it looks first).",
            },
            cancellationToken).ConfigureAwait(false);
        if (!found)
        {
            return (created, created.PutUrl, created.PutHeaders);
        }

        // Found on the case after a lost answer: its put_url was in that answer, so the bytes go to a new version.
        var version = await NewVersionAsync(created.Id, cancellationToken).ConfigureAwait(false);
        return (created, version.PutUrl, version.PutHeaders);
    }

    // Sets absolute values, so it is resent after a lost answer (up to UploadAttempts): applying it twice leaves the same
    // record. If it still fails, the bytes are there but the record says they are not: the next upload sends them again
    // as a version, never a second record.
    private async Task<MyCaseDocument> MarkUploadedAsync(MyCaseDocument document, MyCaseDocumentRequest request, CancellationToken cancellationToken)
    {
        var description = MyCaseDocumentMarker.WithoutUploadPending(document.Description ?? request.Description);
        var update = new MyCaseDocumentRequest(document.Path ?? request.Path, document.Filename ?? request.Filename, description, document.AssignedDate);
        await RepeatableWrite.SendAsync(
            new SafeWrite<bool>
            {
                Operation = "PUT /v1/documents/{id}",
                Send = async ct =>
                {
                    await MyCaseCall.RunAsync("PUT /v1/documents/{id}", c => _api.UpdateDocumentAsync(document.Id, update, c), ct).ConfigureAwait(false);
                    return true;
                },
                Attempts = _options.Current.UploadAttempts,
                RetryBaseDelay = _options.Current.RetryBaseDelay,
                Repeat = WriteRepeat.Always,
                Recovery = $"Document {document.Id} may still be marked as waiting for its bytes; the next upload of the same platform document completes it.",
            },
            cancellationToken).ConfigureAwait(false);
        return document with { Description = description };
    }

    // A version is a new slot for the bytes of the one record: a repeat after a lost answer can leave an empty slot
    // behind (as the recovery of a lost create does), never a second record, so it is resent up to UploadAttempts; after
    // the last, WriteOutcomeUnknownException (the record stays marked as waiting, so the next upload completes it).
    private Task<MyCaseDocumentVersion> NewVersionAsync(long documentId, CancellationToken cancellationToken) =>
        RepeatableWrite.SendAsync(
            new SafeWrite<MyCaseDocumentVersion>
            {
                Operation = "POST /v1/documents/{id}/versions",
                Send = ct => MyCaseCall.RunAsync("POST /v1/documents/{id}/versions", c => _api.CreateDocumentVersionAsync(documentId, c), ct),
                Attempts = _options.Current.UploadAttempts,
                RetryBaseDelay = _options.Current.RetryBaseDelay,
                Repeat = WriteRepeat.Always,
                Recovery = $"Document {documentId} stays marked as waiting for its bytes; the next upload of the same platform document sends them.",
            },
            cancellationToken);

    private async Task PutAsync(long documentId, string? putUrl, IReadOnlyDictionary<string, string>? putHeaders, ReadOnlyMemory<byte> content, int attempts, CancellationToken cancellationToken)
    {
        if (!Uri.TryCreate(putUrl, UriKind.Absolute, out var target))
        {
            throw new ConnectorResponseFormatException("POST /v1/cases/{id}/documents", null, $"MyCase created document {documentId} but sent no usable put_url; its bytes were not uploaded.");
        }

        if (!ConnectorOptions.IsSecureAddress(target))
        {
            // A presigned URL is a credential: never sent in clear text (plain http only on loopback, for the sandbox).
            throw new ConnectorResponseFormatException("POST /v1/cases/{id}/documents", null, $"MyCase created document {documentId} but its put_url is not https; its bytes were not uploaded.");
        }

        // The bytes are absolute: put twice, they leave the same object, so a PUT is sent again after any lost answer (up
        // to UploadAttempts); a refusal (an expired signature) is passed on at once. After the last attempt the record
        // stays marked as waiting for its bytes, so the next upload of the same platform document sends them.
        var client = _httpClientFactory.CreateClient(_options.UploadClientName);
        await RepeatableWrite.SendAsync(
            new SafeWrite<bool>
            {
                Operation = PutEndpoint,
                Send = ct => PutOnceAsync(client, documentId, target, putHeaders, content, ct),
                Attempts = attempts,
                RetryBaseDelay = _options.Current.RetryBaseDelay,
                Repeat = WriteRepeat.Always,
                Recovery = $"Document {documentId} was created but stays marked as waiting for its bytes; the next upload of the same platform document sends them as a new version.",
            },
            cancellationToken).ConfigureAwait(false);
    }

    // One PUT of the bytes, its failure as a ConnectorApiException that names neither the URL nor its signature.
    private static async Task<bool> PutOnceAsync(
        HttpClient client, long documentId, Uri target, IReadOnlyDictionary<string, string>? putHeaders, ReadOnlyMemory<byte> content, CancellationToken cancellationToken)
    {
        try
        {
            using var request = BuildPut(target, putHeaders, content);
            using var response = await client.SendAsync(request, cancellationToken).ConfigureAwait(false);
            if (response.IsSuccessStatusCode)
            {
                return true;
            }

            var message = $"The presigned PUT of MyCase document {documentId}'s bytes answered {(int)response.StatusCode}.";
            var retryAfter = Shared.RetryAfterHeader.Read(response.Headers, TimeProvider.System);
            throw response.StatusCode == System.Net.HttpStatusCode.TooManyRequests
                ? new ConnectorRateLimitedException(PutEndpoint, response.StatusCode, message) { RetryAfter = retryAfter } // not applied: put again
                : new ConnectorApiException(PutEndpoint, response.StatusCode, message) { RetryAfter = retryAfter };
        }
        catch (Exception e) when (e is HttpRequestException or IOException or Polly.ExecutionRejectedException || (e is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            throw new ConnectorApiException(PutEndpoint, null, $"The presigned PUT of MyCase document {documentId}'s bytes got no answer.", Shared.ScrubbedInner.Of(e));
        }
    }

    private static HttpRequestMessage BuildPut(Uri target, IReadOnlyDictionary<string, string>? putHeaders, ReadOnlyMemory<byte> content)
    {
        var request = new HttpRequestMessage(HttpMethod.Put, target) { Content = new ReadOnlyMemoryContent(content) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        foreach (var (name, value) in putHeaders ?? new Dictionary<string, string>())
        {
            if (name.Equals("Authorization", StringComparison.OrdinalIgnoreCase) || name.Equals("Content-Type", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            if (!request.Headers.TryAddWithoutValidation(name, value))
            {
                request.Content.Headers.TryAddWithoutValidation(name, value);
            }
        }

        return request;
    }

}
