using Connectors.Sandbox.Faults;

namespace Connectors.IntegrationTests.Chaos;

/// <summary>
/// A named set of fault rules, built for one vendor's paths and one seed: the seed picks where the guaranteed faults
/// land (so every profile fires in every cell) and drives the probability rules, so a seed replays a run.
/// </summary>
/// <param name="Name">As it appears in the matrix.</param>
/// <param name="Rules">The rules, given the flow (its path prefix, as <c>/casepeer</c>, and the list it reads) and the seed.</param>
/// <param name="MustFire">The fault label that must fire in every run of the profile.</param>
/// <param name="IgnoreIdempotencyKeys">True to run the sandbox as a vendor that ignores <c>Idempotency-Key</c>.</param>
internal sealed record ChaosProfile(
    string Name,
    Func<IChaosFlow, int, IReadOnlyList<FaultRule>> Rules,
    string MustFire,
    bool IgnoreIdempotencyKeys = false)
{
    /// <summary>The attempt timeout every chaos flow runs with; the latency profiles go past it.</summary>
    public static readonly TimeSpan AttemptTimeout = TimeSpan.FromSeconds(1);

    public const string LostAnswerLabel = "lost answer";
    public const string LateAnswerLabel = "late answer";

    public static ChaosProfile RateLimited { get; } = new("429 with Retry-After", (flow, seed) =>
    [
        new FaultRule
        {
            Name = "429",
            Kind = FaultKind.RateLimited,
            PathPrefix = flow.PathPrefix,
            OnRequests = [At(seed, 1, 1, 12)],
            RetryAfter = TimeSpan.FromSeconds(1),
        },
        new FaultRule
        {
            Name = "429",
            Kind = FaultKind.RateLimited,
            PathPrefix = flow.PathPrefix,
            Probability = 0.05,
            MaxTimes = 2,
            RetryAfter = TimeSpan.FromSeconds(1),
        },
    ], "429");

    // 6%: from 10% of 100 requests in 30 s on, the standard resilience handler's circuit breaker opens (as it should).
    public static ChaosProfile ServerErrors { get; } = new("6% 500/503", (flow, seed) =>
    [
        new FaultRule { Name = "5xx", Kind = FaultKind.ServerError, PathPrefix = flow.PathPrefix, OnRequests = [At(seed, 2, 1, 20)] },
        new FaultRule { Name = "5xx", Kind = FaultKind.ServerError, PathPrefix = flow.PathPrefix, Probability = 0.03 },
        new FaultRule { Name = "5xx", Kind = FaultKind.Unavailable, PathPrefix = flow.PathPrefix, Probability = 0.03 },
    ], "5xx");

    public static ChaosProfile SlowAnswers { get; } = new("latency past the attempt timeout", (flow, seed) =>
    [
        new FaultRule
        {
            Name = "latency",
            Kind = FaultKind.Latency,
            PathPrefix = flow.PathPrefix,
            OnRequests = [At(seed, 3, 1, 20)],
            Latency = AttemptTimeout * 1.5,
        },
        new FaultRule
        {
            Name = "latency",
            Kind = FaultKind.Latency,
            PathPrefix = flow.PathPrefix,
            Probability = 0.03,
            MaxTimes = 2,
            Latency = AttemptTimeout * 1.5,
        },
    ], "latency");

    // Before the server acts: nothing applied, no answer.
    public static ChaosProfile DroppedConnections { get; } = new("dropped connection before the server acts", (flow, seed) =>
        [
            new FaultRule
            {
                Name = "drop before",
                Kind = FaultKind.DropConnection,
                PathPrefix = flow.PathPrefix,
                OnRequests = [.. Enumerable.Range(0, 40).Select(i => At(seed, 4, 5, 30) + (i * 50))],
            },
        ],
        "drop before");

    public static ChaosProfile MalformedPage { get; } = new("one malformed page", (flow, _) =>
        [
            new FaultRule
            {
                Name = "malformed",
                Kind = FaultKind.MalformedJson,
                Method = "GET",
                PathPrefix = flow.ListPath,
                OnRequests = [flow.MalformedAt],
            },
        ],
        "malformed");

    // The hard case for writes: the server applies the write, then the connection drops before the answer.
    public static ChaosProfile WriteAppliedAnswerLost { get; } = new(
        "write applied, answer lost",
        (flow, seed) => OnWrites(flow, seed, 5, FaultKind.DropConnection, LostAnswerLabel),
        LostAnswerLabel);

    // The server applies the write at once and answers after the attempt timeout: the client gave up on a write that happened.
    public static ChaosProfile LateAnswer { get; } = new(
        "write applied, answer after the attempt timeout",
        (flow, seed) => OnWrites(flow, seed, 6, FaultKind.Latency, LateAnswerLabel),
        LateAnswerLabel);

    // As "write applied, answer lost", against a vendor that ignores Idempotency-Key: a connector must look before it resends.
    public static ChaosProfile LostAnswerKeyIgnored { get; } = new(
        "lost answer, key ignored",
        (flow, seed) => OnWrites(flow, seed, 5, FaultKind.DropConnection, LostAnswerLabel),
        LostAnswerLabel,
        IgnoreIdempotencyKeys: true);

    public static IReadOnlyList<ChaosProfile> Single { get; } =
    [
        RateLimited,
        ServerErrors,
        SlowAnswers,
        DroppedConnections,
        MalformedPage,
        WriteAppliedAnswerLost,
        LateAnswer,
    ];

    // Every profile's seeded faults at once (the probability rules left out: together they would open the circuit breaker).
    public static ChaosProfile All { get; } = new(
        "all of them together",
        (flow, seed) => [.. Single.SelectMany(p => p.Rules(flow, seed)).Where(r => r.OnRequests.Count > 0)],
        LostAnswerLabel);

    public static IReadOnlyList<ChaosProfile> Matrix { get; } = [.. Single, LostAnswerKeyIgnored, All];

    // Writes (POST, PUT, PATCH) after the server's handler ran: the first at a seeded early write, then a few more.
    private static IReadOnlyList<FaultRule> OnWrites(IChaosFlow flow, int seed, int salt, FaultKind kind, string label)
    {
        var first = At(seed, salt, 1, 4);
        return
        [
            Write("POST", [first, first + 5, first + 11]),
            Write("PUT", [At(seed, salt + 10, 1, 3)]),
            Write("PATCH", [1]),
        ];

        FaultRule Write(string method, IReadOnlyList<int> on) => new()
        {
            Name = label,
            Kind = kind,
            Method = method,
            PathPrefix = flow.PathPrefix,
            OnRequests = on,
            AfterHandler = true,
            Latency = AttemptTimeout * 1.5,
        };
    }

    // A request number in [min, max], fixed by the seed and the salt (so each rule of a seed has its own).
    private static int At(int seed, int salt, int min, int max) =>
        new Random(unchecked((seed * 397) + salt) & int.MaxValue).Next(min, max + 1);
}
