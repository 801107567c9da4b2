namespace Connectors.MyCase.Writes;

/// <summary>
/// The marker the SDK writes into a MyCase document's description, <c>[case-status-document:{platform id}]</c>: it
/// finds a platform document already on a case (check before create), and it tells readers the document is the SDK's own.
/// While the document's bytes are not yet uploaded, the description also carries <c>[case-status-upload-pending]</c>.
/// </summary>
public static class MyCaseDocumentMarker
{
    // MyCase says nothing of whether a record's bytes arrived, so the record says it itself: written with the record,
    // removed once the PUT succeeded. A run that stopped in between leaves it, and the next upload completes the record.
    private const string UploadPending = "[case-status-upload-pending]";

    /// <summary>The marker of a platform document id.</summary>
    public static string For(string platformDocumentId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(platformDocumentId);
        return $"[case-status-document:{platformDocumentId}]";
    }

    /// <summary>True when <paramref name="description"/> carries the marker of <paramref name="platformDocumentId"/>.</summary>
    public static bool IsFor(string? description, string platformDocumentId) =>
        description is not null && description.Contains(For(platformDocumentId), StringComparison.Ordinal);

    /// <summary>True when <paramref name="description"/> says the record's bytes have not been uploaded yet.</summary>
    internal static bool IsUploadPending(string? description) =>
        description is not null && description.Contains(UploadPending, StringComparison.Ordinal);

    /// <summary><paramref name="description"/> marked as waiting for its bytes.</summary>
    internal static string WithUploadPending(string description) => $"{description} {UploadPending}";

    /// <summary><paramref name="description"/> without the waiting mark, as it reads once the bytes are uploaded.</summary>
    internal static string WithoutUploadPending(string? description) =>
        (description ?? string.Empty).Replace(
            " " + UploadPending,
            string.Empty,
            StringComparison.Ordinal).Replace(UploadPending, string.Empty, StringComparison.Ordinal);
}
