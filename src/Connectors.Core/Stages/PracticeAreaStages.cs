namespace Connectors.Core.Stages;

/// <summary>A platform practice area and its ordered stages.</summary>
/// <param name="PracticeArea">The practice area name, as the platform spells it.</param>
/// <param name="Stages">The stages in order; the platform supports 2 to 12.</param>
public sealed record PracticeAreaStages(string PracticeArea, IReadOnlyList<string> Stages);
