using Connectors.Sandbox.Faults;

namespace Connectors.IntegrationTests.Chaos;

/// <summary>A named set of fault rules, built for one vendor's paths.</summary>
/// <param name="Name">As it appears in the matrix.</param>
/// <param name="Rules">The rules, given the flow (its path prefix, as <c>/casepeer</c>, and the list it reads).</param>
internal sealed record ChaosProfile(string Name, Func<IChaosFlow, IReadOnlyList<FaultRule>> Rules)
{
    /// <summary>The attempt timeout every chaos flow runs with; the latency profile goes past it.</summary>
    public static readonly TimeSpan AttemptTimeout = TimeSpan.FromSeconds(1);

    public static ChaosProfile RateLimited { get; } = new("429 with Retry-After", flow =>
        [new FaultRule { Kind = FaultKind.RateLimited, PathPrefix = flow.PathPrefix, Probability = 0.1, MaxTimes = 3, RetryAfter = TimeSpan.FromSeconds(1) }]);

    public static ChaosProfile ServerErrors { get; } = new("10% 500/503", flow =>
    [
        new FaultRule { Kind = FaultKind.ServerError, PathPrefix = flow.PathPrefix, Probability = 0.05 },
        new FaultRule { Kind = FaultKind.Unavailable, PathPrefix = flow.PathPrefix, Probability = 0.05 },
    ]);

    public static ChaosProfile SlowAnswers { get; } = new("latency past the attempt timeout", flow =>
        [new FaultRule { Kind = FaultKind.Latency, PathPrefix = flow.PathPrefix, Probability = 0.05, MaxTimes = 3, Latency = AttemptTimeout * 1.5 }]);

    // Half before the server acts (nothing applied), half after (applied, answer lost): the hard case for writes.
    public static ChaosProfile DroppedConnections { get; } = new("dropped connection every ~50 requests", flow =>
    [
        new FaultRule { Kind = FaultKind.DropConnection, PathPrefix = flow.PathPrefix, OnRequests = [.. Enumerable.Range(0, 40).Select(i => i * 100 + 25)] },
        new FaultRule { Kind = FaultKind.DropConnection, PathPrefix = flow.PathPrefix, OnRequests = [.. Enumerable.Range(0, 40).Select(i => i * 100 + 75)], AfterHandler = true },
    ]);

    public static ChaosProfile MalformedPage { get; } = new("one malformed page", flow =>
        [new FaultRule { Kind = FaultKind.MalformedJson, Method = "GET", PathPrefix = flow.ListPath, OnRequests = [flow.MalformedAt] }]);

    public static IReadOnlyList<ChaosProfile> Single { get; } = [RateLimited, ServerErrors, SlowAnswers, DroppedConnections, MalformedPage];

    public static ChaosProfile All { get; } = new("all of them together", flow => [.. Single.SelectMany(p => p.Rules(flow))]);

    public static IReadOnlyList<ChaosProfile> Matrix { get; } = [.. Single, All];
}
