namespace Connectors.Reliability.Tests.Findings;

/// <summary>Issue 14's findings (the trust review) and the tests that close each; the page is generated from this list.</summary>
public static class TrustFindings
{
    /// <summary>Every finding, in the order.</summary>
    public static IReadOnlyList<Finding> All { get; } =
    [
    ];
}
