namespace Connectors.CasePeer.Models;

/// <summary>A page of results: <c>{"count", "next", "previous", "results"}</c>.</summary>
/// <typeparam name="T">The item type.</typeparam>
/// <param name="Count">Total items across pages.</param>
/// <param name="Next">URL of the next page, or null on the last.</param>
/// <param name="Previous">URL of the previous page.</param>
/// <param name="Results">The items of this page.</param>
internal sealed record CasePeerPage<T>(int Count, string? Next, string? Previous, IReadOnlyList<T> Results);
