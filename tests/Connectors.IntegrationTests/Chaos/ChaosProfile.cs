using Connectors.Sandbox.Faults;

namespace Connectors.IntegrationTests.Chaos;

/// <summary>A named set of fault rules, built for one vendor's paths.</summary>
/// <param name="Name">As it appears in the matrix.</param>
/// <param name="Rules">The rules, given the vendor's path prefix (as <c>/casepeer</c>) and the path of a paged list.</param>
internal sealed record ChaosProfile(string Name, Func<string, string, IReadOnlyList<FaultRule>> Rules)
{
    /// <summary>The attempt timeout every chaos flow runs with; the latency profile goes past it.</summary>
    public static readonly TimeSpan AttemptTimeout = TimeSpan.FromSeconds(1);

    public static ChaosProfile RateLimited { get; } = new("429 with Retry-After", (prefix, _) =>
        [new FaultRule { Kind = FaultKind.RateLimited, PathPrefix = prefix, Probability = 0.1, MaxTimes = 3, RetryAfter = TimeSpan.FromSeconds(1) }]);

    public static ChaosProfile ServerErrors { get; } = new("10% 500/503", (prefix, _) =>
    [
        new FaultRule { Kind = FaultKind.ServerError, PathPrefix = prefix, Probability = 0.05 },
        new FaultRule { Kind = FaultKind.Unavailable, PathPrefix = prefix, Probability = 0.05 },
    ]);

    public static ChaosProfile SlowAnswers { get; } = new("latency past the attempt timeout", (prefix, _) =>
        [new FaultRule { Kind = FaultKind.Latency, PathPrefix = prefix, Probability = 0.05, MaxTimes = 3, Latency = AttemptTimeout * 1.5 }]);

    // Half before the server acts (nothing applied), half after (applied, answer lost): the hard case for writes.
    public static ChaosProfile DroppedConnections { get; } = new("dropped connection every ~50 requests", (prefix, _) =>
    [
        new FaultRule { Kind = FaultKind.DropConnection, PathPrefix = prefix, OnRequests = [.. Enumerable.Range(1, 40).Select(i => i * 100 - 50)] },
        new FaultRule { Kind = FaultKind.DropConnection, PathPrefix = prefix, OnRequests = [.. Enumerable.Range(1, 40).Select(i => i * 100)], AfterHandler = true },
    ]);

    public static ChaosProfile MalformedPage { get; } = new("one malformed page", (_, list) =>
        [new FaultRule { Kind = FaultKind.MalformedJson, Method = "GET", PathPrefix = list, OnRequests = [2] }]);

    public static IReadOnlyList<ChaosProfile> Single { get; } = [RateLimited, ServerErrors, SlowAnswers, DroppedConnections, MalformedPage];

    public static ChaosProfile All { get; } = new("all of them together", (prefix, list) => [.. Single.SelectMany(p => p.Rules(prefix, list))]);

    public static IReadOnlyList<ChaosProfile> Matrix { get; } = [.. Single, All];
}
