using System.Net;

using Connectors.Core.Http;

namespace Connectors.CaseXchange.Referrals;

/// <summary>
/// A status transition that is not allowed. Thrown before any request when the SDK knows the rule (no status code),
/// and for a 409 from the server (status 409), so a caller handles both the same way.
/// </summary>
public sealed class ReferralTransitionException : ConnectorConflictException
{
    /// <summary>Creates the exception.</summary>
    public ReferralTransitionException(
        string endpoint,
        HttpStatusCode? statusCode,
        ReferralStatus from,
        ReferralStatus to,
        string message,
        Exception? innerException = null)
        : base(endpoint, statusCode, message, innerException)
    {
        From = from;
        To = to;
    }

    /// <summary>The referral's current status.</summary>
    public ReferralStatus From { get; }

    /// <summary>The status requested.</summary>
    public ReferralStatus To { get; }
}
