namespace Connectors.Shared;

/// <summary>One page of a paged read.</summary>
/// <typeparam name="T">The item type.</typeparam>
/// <param name="Items">The items of this page.</param>
/// <param name="NextCursor">What to ask for the next page with (a page token, a URL, a page number as text); null on the last page.</param>
/// <param name="TotalCount">The total number of items, when the vendor says (MyCase's <c>Item-Count</c>).</param>
internal sealed record Page<T>(IReadOnlyList<T> Items, string? NextCursor, long? TotalCount = null);
