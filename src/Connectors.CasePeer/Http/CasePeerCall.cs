using System.Net;
using System.Text.Json;
using Connectors.CasePeer.Models;
using Connectors.Core;
using Connectors.Core.Http;
using Polly.Timeout;
using Refit;

namespace Connectors.CasePeer.Http;

/// <summary>
/// Runs one Refit call and turns every failure into Core's exception family: 401/403 to an authentication error that
/// names the option to check (never the key), unreadable JSON to <see cref="ConnectorResponseFormatException"/> naming
/// the endpoint, timeouts to <see cref="ConnectorTimeoutException"/>. The caller's cancellation stays as it is.
/// </summary>
internal static class CasePeerCall
{
    public static async Task<T> RunAsync<T>(string endpoint, Func<CancellationToken, Task<T>> call, CancellationToken cancellationToken)
    {
        T result;
        try
        {
            result = await call(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (Translate(endpoint, exception, cancellationToken) is { } translated)
        {
            throw translated;
        }

        // A body of JSON null (or an empty one) deserializes to null: that is an unreadable answer, not a value.
        return result ?? throw new ConnectorResponseFormatException(endpoint, HttpStatusCode.OK, $"{endpoint} answered with an empty body (JSON null); nothing from that answer was used.");
    }

    private static Exception? Translate(string endpoint, Exception exception, CancellationToken cancellationToken) => exception switch
    {
        ConnectorException => null,
        OperationCanceledException when cancellationToken.IsCancellationRequested => null,
        ApiRequestException { InnerException: { } inner } => Translate(endpoint, inner, cancellationToken) ?? inner,
        ApiException { InnerException: JsonException json } api => Unreadable(endpoint, api.StatusCode, json),
        ApiException api => FromStatus(endpoint, api),
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

    private static ConnectorApiException FromStatus(string endpoint, ApiException api) => ConnectorErrors.FromStatus(
        endpoint,
        api.StatusCode,
        "CASEpeer",
        "check CasePeer:ApiKey (the CASEpeer key shown in CASEpeer's Integrations settings) and CasePeer:ApiKeyHeaderName.",
        Detail(api.Content),
        retryAfter: api.Headers.RetryAfter?.Delta,
        innerException: api);

    private static string? Detail(string? content)
    {
        if (string.IsNullOrWhiteSpace(content) || content.Length > 64 * 1024)
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize(content, CasePeerJsonContext.Default.CasePeerError)?.Detail;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
