using System.Net;
using System.Text.Json;
using Connectors.CaseXchange.Referrals;
using Connectors.Core;
using Connectors.Core.Http;
using Polly.Timeout;
using Refit;

namespace Connectors.CaseXchange.Http;

/// <summary>
/// Runs one Refit call and turns every failure into Core's exception family, carrying the API's error code, message,
/// field details and request id. A 409 on a status change becomes a <see cref="ReferralTransitionException"/>, the same
/// type the SDK throws when it refuses a transition before sending. The caller's cancellation stays as it is.
/// </summary>
internal static class CaseXchangeCall
{
    public static async Task<T> RunAsync<T>(string endpoint, Func<CancellationToken, Task<T>> call, CancellationToken cancellationToken, StatusChange? change = null)
    {
        T result;
        try
        {
            result = await call(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (Translate(endpoint, exception, change, cancellationToken) is { } translated)
        {
            throw translated;
        }

        // A body of JSON null (or an empty one) deserializes to null: that is an unreadable answer, not a value.
        return result ?? throw new ConnectorResponseFormatException(endpoint, HttpStatusCode.OK, $"{endpoint} answered with an empty body (JSON null); nothing from that answer was used.");
    }

    private static Exception? Translate(string endpoint, Exception exception, StatusChange? change, CancellationToken cancellationToken) => exception switch
    {
        ConnectorException => null,
        OperationCanceledException when cancellationToken.IsCancellationRequested => null,
        ApiRequestException { InnerException: { } inner } => Translate(endpoint, inner, change, cancellationToken) ?? inner,
        ApiException { InnerException: JsonException json } api => Unreadable(endpoint, api.StatusCode, json),
        ApiException api => FromStatus(endpoint, api, change),
        JsonException json => Unreadable(endpoint, null, json),
        TimeoutRejectedException timeout => new ConnectorTimeoutException(endpoint, $"{endpoint} did not answer within the configured timeout.", timeout),
        OperationCanceledException cancelled => new ConnectorTimeoutException(endpoint, $"{endpoint} did not answer in time.", cancelled),
        HttpRequestException { InnerException: JsonException json } => Unreadable(endpoint, null, json),
        HttpRequestException http => new ConnectorApiException(endpoint, http.StatusCode, $"{endpoint} could not be reached or the connection dropped ({http.HttpRequestError}).", http),
        IOException io => new ConnectorApiException(endpoint, null, $"{endpoint}: the connection dropped while reading the answer.", io),
        _ => null,
    };

    private static ConnectorResponseFormatException Unreadable(string endpoint, HttpStatusCode? status, JsonException json) =>
        new(endpoint, status, $"{endpoint} answered with JSON the SDK could not read; nothing from that answer was used.", json);

    private static ConnectorApiException FromStatus(string endpoint, ApiException api, StatusChange? change)
    {
        var error = CaseXchangeErrorBody.Read(api.Content);
        if (api.StatusCode == HttpStatusCode.Conflict && change is { } c)
        {
            return new ReferralTransitionException(endpoint, api.StatusCode, c.From, c.To,
                $"{endpoint} refused moving the referral from '{c.From}' to '{c.To}' (409{(error.Code is null ? string.Empty : $" {error.Code}")}).", api)
            {
                VendorErrorCode = error.Code,
                VendorMessage = error.Message,
                Details = error.Details,
                RequestId = error.RequestId,
            };
        }

        return ConnectorErrors.FromStatus(
            endpoint,
            api.StatusCode,
            "Case Xchange",
            "check CaseXchange:ApiKey (a Public API key from Settings > API Keys, for this environment) and that the firm has the public_api integration.",
            error.Message,
            error.RequestId,
            api.Headers.RetryAfter?.Delta,
            api,
            error.Code,
            error.Details);
    }
}

/// <summary>The status change a request asks for, so a 409 can say which.</summary>
internal readonly record struct StatusChange(ReferralStatus From, ReferralStatus To);
