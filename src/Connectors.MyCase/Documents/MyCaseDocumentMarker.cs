namespace Connectors.MyCase.Documents;

/// <summary>
/// The marker the SDK writes into a MyCase document's description, <c>[case-status-document:{platform id}]</c>: it
/// finds a platform document already on a case (check before create), and it tells readers the document is the SDK's own.
/// </summary>
public static class MyCaseDocumentMarker
{
    /// <summary>The marker of a platform document id.</summary>
    public static string For(string platformDocumentId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(platformDocumentId);
        return $"[case-status-document:{platformDocumentId}]";
    }

    /// <summary>True when <paramref name="description"/> carries the marker of <paramref name="platformDocumentId"/>.</summary>
    public static bool IsFor(string? description, string platformDocumentId) =>
        description is not null && description.Contains(For(platformDocumentId), StringComparison.Ordinal);
}
