namespace Connectors.MyCase;

/// <summary>How far a case read is.</summary>
/// <param name="Read">Cases read so far.</param>
/// <param name="Total">The total MyCase announced in <c>Item-Count</c>, when it did.</param>
public sealed record MyCaseReadProgress(long Read, long? Total);
