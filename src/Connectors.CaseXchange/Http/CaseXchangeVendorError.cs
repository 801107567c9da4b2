namespace Connectors.CaseXchange.Http;

/// <summary>What an error body said.</summary>
internal sealed record CaseXchangeVendorError(
    string? Code,
    string? Message,
    IReadOnlyDictionary<string, IReadOnlyList<string>> Details,
    string? RequestId)
{
    public static CaseXchangeVendorError None { get; } = new(null, null, new Dictionary<string, IReadOnlyList<string>>(), null);
}
