using System.Net;

using Connectors.CaseXchange.Referrals;
using Connectors.Core.Http;
using Connectors.Shared;

namespace Connectors.CaseXchange.Http;

/// <summary>
/// Runs one Refit call and turns every failure into Core's exception family, carrying the API's error code, message,
/// field details and request id. A 409 on a status change becomes a <see cref="ReferralTransitionException"/>, the same
/// type the SDK throws when it refuses a transition before sending. The caller's cancellation stays as it is.
/// </summary>
internal static class CaseXchangeCall
{
    public static async Task<T> RunAsync<T>(
        string endpoint, Func<CancellationToken, Task<T>> call, CancellationToken cancellationToken, StatusChange? change = null)
    {
        var result = await RefitCall.RunAsync(endpoint, call, answer => FromStatus(endpoint, answer, change), cancellationToken)
            .ConfigureAwait(false);
        return result ?? throw EmptyBody(endpoint);
    }

    /// <summary>A body of JSON null (or an empty one) deserializes to null: that is an unreadable answer, not a value.</summary>
    public static ConnectorResponseFormatException EmptyBody(string endpoint) =>
        new(endpoint, HttpStatusCode.OK, $"{endpoint} answered with an empty body (JSON null); nothing from that answer was used.");

    private static ConnectorApiException FromStatus(string endpoint, ErrorAnswer answer, StatusChange? change)
    {
        var error = CaseXchangeErrorBody.Read(answer.Body);
        if (answer.Status == HttpStatusCode.Conflict && change is { } c)
        {
            var code = error.Code is null ? string.Empty : $" {error.Code}";
            return new ReferralTransitionException(
                endpoint, answer.Status, c.From, c.To, $"{endpoint} refused moving the referral from '{c.From}' to '{c.To}' (409{code}).")
            {
                VendorErrorCode = error.Code,
                VendorMessage = error.Message,
                Details = error.Details,
                RequestId = error.RequestId ?? answer.RequestId,
                RetryAfter = answer.RetryAfter,
            };
        }

        return ConnectorErrors.FromStatus(
            endpoint,
            answer.Status,
            "Case Xchange",
            "check CaseXchange:ApiKey (a Public API key from Settings > API Keys, for this environment) "
                + "and that the firm has the public_api integration.",
            error.Message,
            error.RequestId ?? answer.RequestId,
            answer.RetryAfter,
            null,
            error.Code,
            error.Details);
    }
}
