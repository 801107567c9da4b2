using Connectors.CaseXchange.Referrals;
using Connectors.Core;

namespace Connectors.CaseXchange.Plans;

/// <summary>
/// The firm's map from every referral status to the CRM value it becomes (a picklist value, say). It must account for
/// every documented status: a map that misses any is rejected when it is built, listing the missing ones.
/// </summary>
public sealed class CrmStatusMap
{
    private readonly Dictionary<ReferralStatus, string> _values;

    /// <summary>Creates and checks a map.</summary>
    /// <exception cref="ConnectorConfigurationException">A documented status has no value; the message lists every one missing.</exception>
    public CrmStatusMap(IReadOnlyDictionary<ReferralStatus, string> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var missing = ReferralStatus.Known.Where(s => !values.TryGetValue(s, out var value) || string.IsNullOrWhiteSpace(value)).ToList();
        if (missing.Count > 0)
        {
            throw new ConnectorConfigurationException(
                $"The CRM status map must give a value for every Case Xchange status; missing: {string.Join(", ", missing)}.");
        }

        _values = new Dictionary<ReferralStatus, string>(values);
    }

    /// <summary>The CRM value of a status; false for a status the server added after this map was made.</summary>
    public bool TryGetValue(ReferralStatus status, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out string? value) =>
        _values.TryGetValue(status, out value);
}
