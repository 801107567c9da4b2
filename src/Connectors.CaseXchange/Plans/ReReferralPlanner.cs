using Connectors.CaseXchange.Referrals;

namespace Connectors.CaseXchange.Plans;

/// <summary>
/// Re-referral after a rejection: allowed only when the mappings let it happen, that is when the destination object of
/// the first referral's mapping is the source object of another mapping (re-referral is keyed on the CRM id that
/// exists in Case Xchange). Otherwise the decision says why not.
/// </summary>
public static class ReReferralPlanner
{
    /// <summary>
    /// Decides whether a referral in <paramref name="status"/>, sent through <paramref name="firstMapping"/>, may be re-referred.
    /// </summary>
    public static ReReferralDecision Evaluate(
        ReferralStatus status, CrmObjectMapping firstMapping, IReadOnlyList<CrmObjectMapping> mappings)
    {
        ArgumentNullException.ThrowIfNull(firstMapping);
        ArgumentNullException.ThrowIfNull(mappings);
        if (status != ReferralStatus.Rejected)
        {
            return new ReReferralDecision(false, $"Only a rejected referral can be re-referred; this one is '{status}'.");
        }

        if (firstMapping.DestinationObject is not { } destination)
        {
            return new ReReferralDecision(
                false,
                $"The first referral's mapping (from '{firstMapping.SourceObject}') has no destination object, "
                    + "so there is no record to re-refer from.");
        }

        return mappings.Any(m => string.Equals(m.SourceObject, destination, StringComparison.OrdinalIgnoreCase))
            ? new ReReferralDecision(
                true,
                $"'{destination}' records are the source of another mapping: "
                    + "the referral can be re-referred from the record the first one created.")
            : new ReReferralDecision(
                false,
                $"No mapping has '{destination}' (the first referral's destination object) as its source object; add one to re-refer.");
    }
}
