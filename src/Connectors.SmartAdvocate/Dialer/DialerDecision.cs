namespace Connectors.SmartAdvocate.Dialer;

/// <summary>The planner's decision for one outcome, with its reason.</summary>
/// <param name="CaseId">SmartAdvocate case id.</param>
/// <param name="Disposition">The outcome's disposition.</param>
/// <param name="Action">What was decided.</param>
/// <param name="Update">The update to send; null when <see cref="DialerAction.Ignored"/>.</param>
/// <param name="Zones">The called person's zones the next call was fitted into; null when no call is scheduled.</param>
public sealed record DialerDecision(long CaseId, string Disposition, DialerAction Action, DialerCaseUpdate? Update, CallZones? Zones);
