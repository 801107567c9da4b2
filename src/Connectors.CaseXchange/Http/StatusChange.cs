using Connectors.CaseXchange.Referrals;

namespace Connectors.CaseXchange.Http;

/// <summary>The status change a request asks for, so a 409 can say which.</summary>
internal readonly record struct StatusChange(ReferralStatus From, ReferralStatus To);
