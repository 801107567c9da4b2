namespace Connectors.SmartAdvocate.Dialer;

/// <summary>The status updates to send after a dialer cycle, and why.</summary>
/// <param name="Updates">The updates, one per case, ordered by case id: send them in one <c>UpdateCaseStatus</c>.</param>
/// <param name="Decisions">One decision per outcome, in outcome order.</param>
public sealed record DialerPlan(IReadOnlyList<DialerCaseUpdate> Updates, IReadOnlyList<DialerDecision> Decisions);
