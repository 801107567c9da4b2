namespace Connectors.SmartAdvocate.Dialer;

/// <summary>What happened when a case was dialled.</summary>
/// <param name="CaseId">SmartAdvocate case id.</param>
/// <param name="Disposition">The disposition, as the firm spells it (<c>Busy</c>, <c>No Answer</c>...).</param>
public sealed record CallOutcome(long CaseId, string Disposition);
