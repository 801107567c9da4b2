using System.Runtime.CompilerServices;

using Connectors.Core.Http;
using Connectors.Core.Windows;
using Connectors.Shared;
using Connectors.SmartAdvocate.Http;
using Connectors.SmartAdvocate.Models;

using Microsoft.Extensions.Options;

namespace Connectors.SmartAdvocate;

/// <summary>CaseSyncAPI reads beyond cases: notes (without the SDK's own), documents by modified date, document content.</summary>
public sealed class SmartAdvocateCaseSyncClient
{
    private const string NotesEndpoint = "GET /CaseSyncAPI/case/{caseID}/notes";
    private const string DocumentsEndpoint = "POST /CaseSyncAPI/case/documents/byDatePaged";
    private const string ContentEndpoint = "GET /CaseSyncAPI/case/document/{documentID}/content";

    // An unbounded window cannot be written as a date SmartAdvocate reads.
    private static readonly NodaTime.Instant WireMin = NodaTime.Instant.FromUtc(1900, 1, 1, 0, 0);
    private static readonly NodaTime.Instant WireMax = NodaTime.Instant.FromUtc(9999, 12, 31, 0, 0);

    private readonly ISmartAdvocateCaseSyncApi _api;
    private readonly SmartAdvocateFirmOptions _options;

    internal SmartAdvocateCaseSyncClient(ISmartAdvocateCaseSyncApi api, SmartAdvocateFirmOptions options)
    {
        _api = api;
        _options = options;
    }

    /// <summary>The notes of a case, oldest first, without the notes the SDK wrote (they carry the note marker).</summary>
    public async Task<IReadOnlyList<SmartAdvocateCaseNote>> GetCaseNotesAsync(long caseId, CancellationToken cancellationToken = default)
    {
        var marker = _options.Current.NoteMarker;
        var notes = await SmartAdvocateCall.RunAsync(NotesEndpoint, ct => _api.GetCaseNotesAsync(caseId, ct), cancellationToken)
            .ConfigureAwait(false);
        return [.. (notes ?? [])
            .Where(n => n is not null && !SmartAdvocateNoteMarker.IsMarked(marker, n.NoteText)
                && !SmartAdvocateNoteMarker.IsMarked(marker, n.Subject))
            .OrderBy(n => n.NoteDate ?? n.CreatedDate)
            .ThenBy(n => n.NoteId)];
    }

    /// <summary>
    /// True when the case has a note carrying the SDK's note id <paramref name="noteId"/> (in its text or subject): how the
    /// dialer client tells whether a note whose answer was lost landed. Reads every note of the case, the SDK's included.
    /// </summary>
    internal async Task<bool> HasNoteAsync(long caseId, string noteId, CancellationToken cancellationToken) =>
        await FindNoteAsync(caseId, noteId, cancellationToken).ConfigureAwait(false) is not null;

    /// <summary>The case's note carrying the SDK's note id <paramref name="noteId"/>, or null when there is none.</summary>
    internal async Task<SmartAdvocateCaseNote?> FindNoteAsync(long caseId, string noteId, CancellationToken cancellationToken)
    {
        var notes = await SmartAdvocateCall.RunAsync(NotesEndpoint, ct => _api.GetCaseNotesAsync(caseId, ct), cancellationToken)
            .ConfigureAwait(false);
        return (notes ?? []).FirstOrDefault(n =>
            n is not null && (SmartAdvocateNoteMarker.Carries(n.NoteText, noteId) || SmartAdvocateNoteMarker.Carries(n.Subject, noteId)));
    }

    /// <summary>
    /// True when a case whose plaintiff has the phone (<paramref name="dialerPhone"/>, compared on its last ten digits)
    /// has a note carrying <paramref name="noteId"/>. Reads CaseInfo with contact details for
    /// <see cref="SmartAdvocateOptions.CaseNumberPattern"/>, then the notes of each case with the phone: costly, so
    /// only after a note by phone whose answer was lost. Only ever proves a note landed, never that it did not: the
    /// dialer may match phones this user cannot see.
    /// </summary>
    internal async Task<bool> HasNoteOnCaseWithPhoneAsync(string dialerPhone, string noteId, CancellationToken cancellationToken)
    {
        var options = _options.Current;
        var digits = LastTenDigits(dialerPhone);
        // CaseInfo is read one case at a time (each up to MaxCaseBytes), never whole: only the ids of the cases with the
        // phone are kept. A lost or unreadable answer is read again, as the case source reads it.
        var withPhone = await RepeatableRead.RunAsync(ct => CasesWithPhoneAsync(digits, options, ct), cancellationToken)
            .ConfigureAwait(false);
        foreach (var caseId in withPhone)
        {
            if (await HasNoteAsync(caseId, noteId, cancellationToken).ConfigureAwait(false))
            {
                return true;
            }
        }

        return false;
    }

    private async Task<IReadOnlyList<long>> CasesWithPhoneAsync(
        string digits,
        SmartAdvocateOptions options,
        CancellationToken cancellationToken)
    {
        var seen = new HashSet<long>();
        var withPhone = new List<long>();
        await foreach (var info in CaseInfoStream.ReadAsync(_api, options, addContactInfo: true, cancellationToken).ConfigureAwait(false))
        {
            var hasPhone = (info.Plaintiffs ?? [])
                .Any(p => (p?.ContactInfo?.Phones ?? []).Any(ph => ph?.Number is { } number && LastTenDigits(number) == digits));
            if (hasPhone && seen.Add(info.CaseId))
            {
                withPhone.Add(info.CaseId);
            }
        }

        return withPhone;
    }

    /// <summary>
    /// Documents modified inside <paramref name="window"/>, page by page (0-based pages of
    /// <see cref="SmartAdvocateOptions.DocumentPageSize"/>), lazily. Reads both answer shapes: with page information it
    /// stops after the last page; for a bare array, after a short page.
    /// </summary>
    public IAsyncEnumerable<SmartAdvocateCaseDocument> ReadDocumentsAsync(
        SyncWindow window,
        CancellationToken cancellationToken = default) =>
        Paginator.ReadAllAsync<SmartAdvocateCaseDocument>((cursor, ct) => ReadPageAsync(window, cursor, ct), "0",
            cancellationToken: cancellationToken);

    /// <summary>A document's content as a stream the caller disposes.</summary>
    /// <exception cref="ConnectorNotFoundException">SmartAdvocate has no such document.</exception>
    public async Task<Stream> OpenDocumentContentAsync(long documentId, CancellationToken cancellationToken = default)
    {
        var response = await SmartAdvocateCall.RunAsync(ContentEndpoint, ct => _api.GetDocumentContentAsync(documentId, ct),
            cancellationToken).ConfigureAwait(false);
        if (!response.IsSuccessStatusCode)
        {
            var status = response.StatusCode;
            response.Dispose();
            throw status == System.Net.HttpStatusCode.NotFound
                ? new ConnectorNotFoundException(ContentEndpoint, status, $"{ContentEndpoint}: SmartAdvocate has no document {documentId}.")
                : status is System.Net.HttpStatusCode.Unauthorized or System.Net.HttpStatusCode.Forbidden
                    ? new ConnectorAuthenticationException(ContentEndpoint, status,
                        $"{ContentEndpoint} was refused ({(int)status}): check the user's permissions.")
                    : new ConnectorApiException(ContentEndpoint, status, $"{ContentEndpoint} failed with {(int)status} {status}.");
        }

        return await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
    }

    private static string LastTenDigits(string phone)
    {
        var digits = new string([.. phone.Where(char.IsAsciiDigit)]);
        return digits.Length > 10 ? digits[^10..] : digits;
    }

    private async Task<Page<SmartAdvocateCaseDocument>> ReadPageAsync(
        SyncWindow window,
        string? cursor,
        CancellationToken cancellationToken)
    {
        var pageNumber = int.Parse(cursor ?? "0", System.Globalization.CultureInfo.InvariantCulture);
        var pageSize = _options.Current.DocumentPageSize;
        var request = new SmartAdvocateDocumentsByDateRequest
        {
            ModifiedFromDateTime = window.Start < WireMin ? WireMin : window.Start,
            ModifiedToDateTime = window.End > WireMax ? WireMax : window.End,
            PageRequest = new SmartAdvocatePageRequest
            {
                CurrentPage = pageNumber,
                PageSize = pageSize,
                FilterExpression = new Dictionary<string, string>()
            },
        };
        var page = await SmartAdvocateCall.RunAsync(DocumentsEndpoint, ct => _api.GetDocumentsByDatePagedAsync(request, ct),
            cancellationToken).ConfigureAwait(false)
                   ?? new SmartAdvocateDocumentsPage(); // a JSON null body: no documents
        Paginator.EnsureWithinPageSize(DocumentsEndpoint, page.Documents.Count, pageSize); // inside the read: refused, then read again
        SmartAdvocateTelemetry.Instance.Pages.Add(1);
        var more = page.PageInfo is { TotalPages: { } totalPages }
            ? pageNumber + 1 < totalPages
            : page.Documents.Count >= pageSize;
        return new Page<SmartAdvocateCaseDocument>(page.Documents, more && page.Documents.Count > 0
            ? (pageNumber + 1).ToString(System.Globalization.CultureInfo.InvariantCulture) : null, page.PageInfo?.TotalRecords);
    }
}
