using NodaTime;

namespace Connectors.SmartAdvocate.Dialer;

/// <summary>Everything <see cref="DialerPlanner.Plan"/> needs: the cases dialled, their outcomes, the policy, and the time.</summary>
public sealed record DialerPlanRequest
{
    /// <summary>The current time (the planner never reads a clock).</summary>
    public required Instant Now { get; init; }

    /// <summary>The cases as <c>GetCasesToDial</c> returned them (attempts before this call).</summary>
    public required IReadOnlyList<DialerCase> Cases { get; init; }

    /// <summary>One outcome per dialled case.</summary>
    public required IReadOnlyList<CallOutcome> Outcomes { get; init; }

    /// <summary>Where the called people are.</summary>
    public required CallZoneResolver Zones { get; init; }

    /// <summary>When people may be called. Default <see cref="CallingHours.Default"/>.</summary>
    public CallingHours CallingHours { get; init; } = CallingHours.Default;

    /// <summary>When to retry. Default <see cref="DialerRetryPolicy.Default"/>.</summary>
    public DialerRetryPolicy RetryPolicy { get; init; } = DialerRetryPolicy.Default;

    /// <summary>The firm's dialer values. Default <see cref="DialerVocabulary.Default"/>.</summary>
    public DialerVocabulary Vocabulary { get; init; } = DialerVocabulary.Default;
}
