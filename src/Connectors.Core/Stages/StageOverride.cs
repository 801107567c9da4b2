namespace Connectors.Core.Stages;

/// <summary>
/// Maps one source status to a differently named platform stage, for example
/// <c>"Released From Treatment"</c> to <c>"Treatment Completed"</c>.
/// </summary>
/// <param name="From">The source status.</param>
/// <param name="To">The platform stage.</param>
/// <param name="PracticeArea">The platform practice area it applies to, or null for every practice area.
/// A per-practice-area override wins over a global one.</param>
public sealed record StageOverride(string From, string To, string? PracticeArea = null);
