using System.Text.Json;

using Connectors.Core;

using Polly;
using Polly.CircuitBreaker;
using Polly.Timeout;

namespace Connectors.Shared;

/// <summary>
/// What the SDK's exceptions may carry as their inner exception: a fresh copy of the cause that keeps its type and what a
/// caller needs (the JSON path, the transport error kind and status, the timeout) and holds no reference to a request,
/// a response, a cancellation source or a vendor body, so no key, token or client data can be reached through it.
/// </summary>
internal static class ScrubbedInner
{
    /// <summary>The credential-free copy of <paramref name="exception"/>; null for a kind the SDK does not pass on.</summary>
    public static Exception? Of(Exception? exception) => exception switch
    {
        null => null,
        // The SDK's own exceptions are built from the start without headers or bodies.
        ConnectorException => exception,
        // The text of a JSON error may quote the value it could not read: only where and what kind is kept.
        JsonException json => new JsonException(
            $"The JSON could not be read at {json.Path ?? "$"} (line {json.LineNumber}, byte {json.BytePositionInLine}).",
            json.Path,
            json.LineNumber,
            json.BytePositionInLine),
        HttpRequestException http =>
            new HttpRequestException(
                http.HttpRequestError,
                $"The request failed ({http.HttpRequestError}{Causes(http)}).",
                null,
                http.StatusCode),
        TimeoutRejectedException timeout =>
            new TimeoutRejectedException($"The operation did not complete within {timeout.Timeout}.", timeout.Timeout),
        BrokenCircuitException => new BrokenCircuitException("The circuit breaker is open: the vendor failed repeatedly."),
        ExecutionRejectedException rejected =>
            new InvalidOperationException($"The resilience pipeline refused to send the request ({rejected.GetType().Name})."),
        OperationCanceledException => new OperationCanceledException("The operation was cancelled before an answer arrived."),
        IOException io => new IOException($"The connection failed ({io.GetType().Name}{Causes(io)})."),
        _ => null,
    };

    // The kinds of the causes (a socket refused, a TLS failure), never their messages, which may quote what was sent.
    private static string Causes(Exception exception)
    {
        var kinds = new List<string>();
        for (var inner = exception.InnerException; inner is not null && kinds.Count < 4; inner = inner.InnerException)
        {
            kinds.Add(inner is System.Net.Sockets.SocketException socket
                ? $"{inner.GetType().Name} {socket.SocketErrorCode}"
                : inner.GetType().Name);
        }

        return kinds.Count == 0 ? string.Empty : $": {string.Join(", ", kinds)}";
    }
}
