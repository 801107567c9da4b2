namespace Connectors.CaseXchange.Referrals;

/// <summary>
/// The referral flow of the Public API: draft → sent → received → under_evaluation → investigating → signed →
/// in_litigation → closing → closed / won / lost; a sent referral may be rejected (by the receiver) or withdrawn (by the
/// sender). Moving to <c>closing</c> or <c>closed</c> needs a <see cref="ClosingStatus"/>. Unknown statuses allow no
/// transition: the SDK does not guess rules the server has not documented.
/// </summary>
public static class ReferralStateMachine
{
    private static readonly Dictionary<ReferralStatus, ReferralStatus[]> Allowed = new()
    {
        [ReferralStatus.Draft] = [ReferralStatus.Sent],
        [ReferralStatus.Sent] = [ReferralStatus.Received, ReferralStatus.Rejected, ReferralStatus.Withdrawn],
        [ReferralStatus.Received] = [ReferralStatus.UnderEvaluation],
        [ReferralStatus.UnderEvaluation] = [ReferralStatus.Investigating],
        [ReferralStatus.Investigating] = [ReferralStatus.Signed],
        [ReferralStatus.Signed] = [ReferralStatus.InLitigation, ReferralStatus.Closing],
        [ReferralStatus.InLitigation] = [ReferralStatus.Closing],
        [ReferralStatus.Closing] = [ReferralStatus.Closed, ReferralStatus.Won, ReferralStatus.Lost],
    };

    /// <summary>The statuses reachable from <paramref name="from"/> in one step; empty for terminal and unknown ones.</summary>
    public static IReadOnlyList<ReferralStatus> Next(ReferralStatus from) => Allowed.TryGetValue(from, out var next) ? next : [];

    /// <summary>True when <paramref name="from"/> may move to <paramref name="to"/>.</summary>
    public static bool CanTransition(ReferralStatus from, ReferralStatus to) => Next(from).Contains(to);

    /// <summary>True when a move to <paramref name="to"/> must carry a closing status.</summary>
    public static bool NeedsClosingStatus(ReferralStatus to) => to == ReferralStatus.Closing || to == ReferralStatus.Closed;

    /// <summary>Refuses, before any request, a transition the flow does not allow or a close without its closing status.</summary>
    /// <exception cref="ReferralTransitionException">The transition is not allowed.</exception>
    public static void EnsureAllowed(ReferralStatus from, ReferralStatus to, ClosingStatus? closingStatus = null)
    {
        if (!CanTransition(from, to))
        {
            var options = Next(from) is { Count: > 0 } next
                ? $"from '{from}' it may move to {string.Join(", ", next.Select(s => $"'{s}'"))}"
                : $"'{from}' allows no transition";
            throw new ReferralTransitionException(
                "(refused before sending)", null, from, to, $"A referral cannot move from '{from}' to '{to}': {options}.");
        }

        if (NeedsClosingStatus(to) && closingStatus is null)
        {
            throw new ReferralTransitionException("(refused before sending)", null, from, to,
                $"Moving a referral to '{to}' needs a closing status ({string.Join(", ", ClosingStatus.Known)}).");
        }
    }
}
