using System.Net;
using System.Text.Json;
using Connectors.Core;
using Connectors.Core.Http;
using Connectors.MyCase.Authentication;
using Polly;
using Polly.Timeout;
using Refit;

namespace Connectors.MyCase.Http;

/// <summary>
/// Runs one Refit call and turns every failure into Core's exception family: 401/403 to an authentication error that
/// asks for a new authorization (never showing a token), MyCase's <c>{"errors": [...]}</c> descriptions as the vendor
/// message, unreadable JSON to <see cref="ConnectorResponseFormatException"/>, timeouts to
/// <see cref="ConnectorTimeoutException"/>. The caller's cancellation stays as it is.
/// </summary>
internal static class MyCaseCall
{
    public const string Vendor = "MyCase";

    public const string CredentialsHint =
        "the access token was refused even after a refresh, or the client lacks the scope for this resource (scopes are assigned by MyCase support). " + MyCaseTokenEndpoint.ReauthorizeHint;

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

        // A 2xx answer of "null" or an empty body: Refit hands on null, which no caller of a single resource expects.
        return result ?? throw new ConnectorResponseFormatException(endpoint, null, $"{endpoint} answered with an empty body (null) where a resource was expected; nothing from that answer was used.");
    }

    public static async Task RunAsync(string endpoint, Func<CancellationToken, Task> call, CancellationToken cancellationToken)
    {
        await RunAsync<bool>(
            endpoint,
            async ct =>
            {
                await call(ct).ConfigureAwait(false);
                return true;
            },
            cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Throws the translated error of an <see cref="IApiResponse"/> that did not succeed.</summary>
    public static TResponse Ensure<TResponse>(TResponse response)
        where TResponse : IApiResponse
    {
        if (response.Error is { } error)
        {
            response.Dispose();
            throw error;
        }

        return response;
    }

    internal static Exception? Translate(string endpoint, Exception exception, CancellationToken cancellationToken) => exception switch
    {
        ConnectorException => null,
        OperationCanceledException when cancellationToken.IsCancellationRequested => null,
        ApiRequestException { InnerException: { } inner } => Translate(endpoint, inner, cancellationToken) ?? inner,
        ApiException { InnerException: JsonException json } api => Unreadable(endpoint, api.StatusCode, json),
        ApiException api => FromStatus(endpoint, api),
        JsonException json => Unreadable(endpoint, null, json),
        TimeoutRejectedException timeout => new ConnectorTimeoutException(endpoint, $"{endpoint} did not answer within the configured timeout.", timeout),
        ExecutionRejectedException rejected => new ConnectorApiException(endpoint, null, $"{endpoint} was not sent: MyCase failed repeatedly and the circuit breaker is open for a while; try again later.", rejected),
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
        Vendor,
        CredentialsHint,
        Detail(api.Content),
        retryAfter: api.Headers.RetryAfter?.Delta,
        innerException: api);

    /// <summary>The descriptions of MyCase's <c>{"errors": [...]}</c> body, each with its source; null when there are none.</summary>
    internal static string? Detail(string? content)
    {
        if (string.IsNullOrWhiteSpace(content) || content.Length > 64 * 1024)
        {
            return null;
        }

        try
        {
            // Called from an exception filter, so it must never throw: a null entry is skipped, not dereferenced.
            var errors = JsonSerializer.Deserialize(content, MyCaseJsonContext.Default.MyCaseErrorBody)?.Errors?.Where(e => e?.Description is not null).ToList();
            if (errors is not { Count: > 0 })
            {
                return null;
            }

            return string.Join(" ", errors.Select(e => e.Source switch
            {
                { Pointer: { } pointer } => $"{e.Description} (at {pointer})",
                { Parameter: { } parameter } => $"{e.Description} (parameter {parameter})",
                _ => e.Description,
            }));
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or NotSupportedException)
        {
            return null;
        }
    }
}
