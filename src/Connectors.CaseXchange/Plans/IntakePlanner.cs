using Connectors.CaseXchange.Models;
using Connectors.CaseXchange.Referrals;

namespace Connectors.CaseXchange.Plans;

/// <summary>
/// "For receiving cases": a received referral that has reached <c>under_evaluation</c> (or moved past it since the last
/// poll) gets one CX Intake record, exactly once: the plan takes the referrals whose intake already exists. Later
/// changes to the intake never flow back to Case Xchange, so the plan only ever creates.
/// </summary>
public static class IntakePlanner
{
    private static readonly HashSet<ReferralStatus> ReachedEvaluation =
    [
        ReferralStatus.UnderEvaluation, ReferralStatus.Investigating, ReferralStatus.Signed, ReferralStatus.InLitigation,
        ReferralStatus.Closing, ReferralStatus.Won, ReferralStatus.Lost, ReferralStatus.Closed,
    ];

    /// <summary>
    /// The referrals <see cref="CaseXchangeClient.ReadReceivedReferralsAsync"/> read that need an intake, in
    /// reference-number order, each at most once.
    /// </summary>
    /// <param name="referrals">The received referrals read from Case Xchange.</param>
    /// <param name="intakesAlreadyCreated">Ids of referrals whose intake exists.</param>
    public static IReadOnlyList<ReceivedReferral> Plan(
        IEnumerable<CaseXchangeReceivedReferral> referrals, IReadOnlySet<string> intakesAlreadyCreated)
    {
        ArgumentNullException.ThrowIfNull(referrals);
        return Plan(referrals.Select(CaseXchangeMapper.ToReceivedReferral), intakesAlreadyCreated);
    }

    /// <summary>The referrals to create an intake for, in reference-number order, each at most once.</summary>
    /// <param name="referrals">The received referrals, as the plan needs them.</param>
    /// <param name="intakesAlreadyCreated">Ids of referrals whose intake exists.</param>
    public static IReadOnlyList<ReceivedReferral> Plan(IEnumerable<ReceivedReferral> referrals, IReadOnlySet<string> intakesAlreadyCreated)
    {
        ArgumentNullException.ThrowIfNull(referrals);
        ArgumentNullException.ThrowIfNull(intakesAlreadyCreated);
        return referrals
            .Where(r => ReachedEvaluation.Contains(r.Status) && !intakesAlreadyCreated.Contains(r.Id))
            .GroupBy(r => r.Id, StringComparer.Ordinal)
            .Select(g => g.First())
            .OrderBy(r => r.ReferenceNumber, StringComparer.Ordinal)
            .ToList();
    }
}
