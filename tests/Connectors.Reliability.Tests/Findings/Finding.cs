namespace Connectors.Reliability.Tests.Findings;

/// <summary>One finding of a review, and the tests that failed before its fix and pass after it.</summary>
/// <param name="Id">The finding's number, as the issue numbers it (<c>"14.4"</c>).</param>
/// <param name="Title">The finding in a few words.</param>
/// <param name="Tests">The tests that close it, as <c>Class.Method</c>; each must exist under <c>tests/</c>.</param>
public sealed record Finding(string Id, string Title, IReadOnlyList<string> Tests);
