using System.Net;
using System.Text.Json;

using Connectors.Core;
using Connectors.Core.Http;

using Polly;
using Polly.Timeout;

using Refit;

namespace Connectors.Shared;

/// <summary>
/// Runs one Refit call and turns what it throws into Core's exception family; the connector supplies what is its own
/// (how it reads an error answer, and any failure only it knows). Compiled into each connector (linked source), so that
/// Core stays free of Refit. The caller's own cancellation stays an <see cref="OperationCanceledException"/>.
/// Refit's <see cref="ApiException"/> (its request holds the key or token, its content the vendor's body) never leaves:
/// the connector sees only an <see cref="ErrorAnswer"/>, and every inner exception is a <see cref="ScrubbedInner"/> copy.
/// </summary>
internal static class RefitCall
{
    /// <summary>Runs <paramref name="call"/>, throwing <paramref name="translate"/>'s exception in place of the original when it gives
    /// one.</summary>
    public static async Task<T> RunAsync<T>(
        Func<CancellationToken, Task<T>> call,
        Func<Exception, Exception?> translate,
        CancellationToken cancellationToken)
    {
        try
        {
            return await call(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (translate(exception) is { } translated)
        {
            throw translated;
        }
    }

    /// <summary>Runs <paramref name="call"/> with <see cref="Translate"/>'s rules. A null result is handed on as it is.</summary>
    /// <param name="endpoint">The operation, as <c>"GET /api/v1/cases"</c>, for messages.</param>
    /// <param name="call">The Refit call.</param>
    /// <param name="fromStatus">The connector's exception for an error answer (its error body, hint and request id).</param>
    /// <param name="cancellationToken">The caller's token.</param>
    /// <param name="other">The connector's exception for a failure the shared rules leave alone; null keeps it as it is.</param>
    public static Task<T> RunAsync<T>(
        string endpoint,
        Func<CancellationToken, Task<T>> call,
        Func<ErrorAnswer, ConnectorApiException> fromStatus,
        CancellationToken cancellationToken,
        Func<Exception, Exception?>? other = null) =>
        RunAsync(call, exception => Translate(endpoint, exception, fromStatus, cancellationToken, other), cancellationToken);

    /// <summary>
    /// The Core exception for <paramref name="exception"/>, or null to let it through unchanged: a Core exception (a
    /// handler's own) and the caller's cancellation pass; an error answer goes to <paramref name="fromStatus"/>;
    /// unreadable JSON is a <see cref="ConnectorResponseFormatException"/>; a resilience or transport timeout a
    /// <see cref="ConnectorTimeoutException"/>; a lost connection or an open circuit a <see cref="ConnectorApiException"/>.
    /// </summary>
    public static Exception? Translate(
        string endpoint,
        Exception exception,
        Func<ErrorAnswer, ConnectorApiException> fromStatus,
        CancellationToken cancellationToken,
        Func<Exception, Exception?>? other = null) => exception switch
        {
            ConnectorException => null,
            OperationCanceledException when cancellationToken.IsCancellationRequested => null,
            // Refit wraps what a handler threw (a token source's own errors, timeouts, transport failures).
            ApiRequestException { InnerException: { } inner } => Translate(endpoint, inner, fromStatus, cancellationToken, other) ?? inner,
            // What a body read threw for the SDK (an answer past its byte limit), wrapped by Refit as a deserialization failure.
            ApiException { InnerException: ConnectorException inner } => inner,
            ApiException { InnerException: JsonException json } api => Unreadable(endpoint, api.StatusCode, json),
            ApiException api => fromStatus(AnswerOf(api)),
            JsonException json => Unreadable(endpoint, null, json),
            TimeoutRejectedException timeout =>
                new ConnectorTimeoutException(
                    endpoint,
                    $"{endpoint} did not answer within the configured timeout.",
                    ScrubbedInner.Of(timeout)),
            OperationCanceledException cancelled =>
                new ConnectorTimeoutException(endpoint, $"{endpoint} did not answer in time.", ScrubbedInner.Of(cancelled)),
            HttpRequestException { InnerException: JsonException json } => Unreadable(endpoint, null, json),
            HttpRequestException http =>
                new ConnectorApiException(
                    endpoint,
                    http.StatusCode,
                    $"{endpoint} could not be reached or the connection dropped ({http.HttpRequestError}).",
                    ScrubbedInner.Of(http)),
            IOException io =>
                new ConnectorApiException(
                    endpoint,
                    null,
                    $"{endpoint}: the connection dropped while reading the answer.",
                    ScrubbedInner.Of(io)),
            _ => other?.Invoke(exception) ?? Rejected(endpoint, exception),
        };

    /// <summary>The parts of Refit's exception a connector may use; the exception itself goes no further.</summary>
    public static ErrorAnswer AnswerOf(ApiException api) => new(
        api.StatusCode,
        api.Content,
        RetryAfterHeader.Read(api.Headers, TimeProvider.System),
        api.Headers.TryGetValues("X-Request-Id", out var ids) ? ids.FirstOrDefault() : null);

    private static ConnectorResponseFormatException Unreadable(string endpoint, HttpStatusCode? status, JsonException json) =>
        new(
            endpoint,
            status,
            $"{endpoint} answered with JSON the SDK could not read; nothing from that answer was used.",
            ScrubbedInner.Of(json));

    // An open circuit breaker (or another resilience refusal): the request was never sent.
    private static ConnectorApiException? Rejected(string endpoint, Exception exception) => exception is ExecutionRejectedException rejected
        ? new ConnectorApiException(
            endpoint,
            null,
            $"{endpoint} was not sent: the vendor failed repeatedly and the circuit breaker is open for a while; try again later.",
            ScrubbedInner.Of(rejected))
        : null;
}
