namespace Connectors.Sandbox.Faults;

/// <summary>
/// When to inject which fault. A rule matches a request by method and path prefix (both optional), then fires on
/// the listed request numbers (1-based, counted per rule), or with a probability (seeded), at most
/// <see cref="MaxTimes"/> times.
/// </summary>
public sealed record FaultRule
{
    /// <summary>The fault.</summary>
    public required FaultKind Kind { get; init; }

    /// <summary>HTTP method to match (<c>"POST"</c>); null for any.</summary>
    public string? Method { get; init; }

    /// <summary>Path prefix to match, as <c>"/casepeer/api/v1/cases"</c>; null for any.</summary>
    public string? PathPrefix { get; init; }

    /// <summary>The matching requests (1-based, per rule) that fire; empty to use <see cref="Probability"/>.</summary>
    public IReadOnlyList<int> OnRequests { get; init; } = [];

    /// <summary>The chance each matching request fires, when <see cref="OnRequests"/> is empty; 1 by default.</summary>
    public double Probability { get; init; } = 1;

    /// <summary>The most times the rule fires; unlimited when null.</summary>
    public int? MaxTimes { get; init; }

    /// <summary>
    /// True to run the endpoint first (its state changes happen) and then fail the response: the client sees an
    /// error for a write that was applied, which is what makes blind retries duplicate writes. With
    /// <see cref="FaultKind.Latency"/>, the endpoint runs at once and its answer is held back by the latency.
    /// </summary>
    public bool AfterHandler { get; init; }

    /// <summary>Latency added by <see cref="FaultKind.Latency"/>.</summary>
    public TimeSpan Latency { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>A name to count the rule's faults by (<see cref="FaultInjector.FiredOf"/>); <see cref="Kind"/> when null.</summary>
    public string? Name { get; init; }

    /// <summary>The name faults of this rule are counted under: <see cref="Name"/>, else the kind.</summary>
    public string Label => Name ?? Kind.ToString();

    /// <summary><c>Retry-After</c> sent with <see cref="FaultKind.RateLimited"/>.</summary>
    public TimeSpan RetryAfter { get; init; } = TimeSpan.FromSeconds(1);
}
