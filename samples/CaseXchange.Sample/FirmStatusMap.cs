using Connectors.CaseXchange.Plans;
using Connectors.CaseXchange.Referrals;

namespace CaseXchange.Sample;

/// <summary>An example firm's CRM picklist: every Case Xchange status has a value, as the write-back requires.</summary>
internal static class FirmStatusMap
{
    public static CrmStatusMap Create() => new(new Dictionary<ReferralStatus, string>
    {
        [ReferralStatus.Draft] = "Referral - Draft",
        [ReferralStatus.Sent] = "Referral - Sent",
        [ReferralStatus.Received] = "Referral - Received",
        [ReferralStatus.UnderEvaluation] = "Under Evaluation",
        [ReferralStatus.Investigating] = "Investigating",
        [ReferralStatus.Signed] = "Signed",
        [ReferralStatus.InLitigation] = "In Litigation",
        [ReferralStatus.Closing] = "Closing",
        [ReferralStatus.Won] = "Closed - Won",
        [ReferralStatus.Lost] = "Closed - Lost",
        [ReferralStatus.Rejected] = "Referral - Rejected",
        [ReferralStatus.Withdrawn] = "Referral - Withdrawn",
        [ReferralStatus.Closed] = "Closed",
    });
}
