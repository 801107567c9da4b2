namespace Connectors.CaseXchange.Plans;

/// <summary>Whether a referral may be re-referred, and why (not).</summary>
/// <param name="Allowed">True when it may.</param>
/// <param name="Reason">Why, in words a firm administrator can act on.</param>
public sealed record ReReferralDecision(bool Allowed, string Reason);
