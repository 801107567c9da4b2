using System.Net;
using System.Text.Json;

using Connectors.Core;
using Connectors.Core.Http;
using Connectors.Shared;

using Polly.Timeout;

using Refit;

namespace Connectors.SmartAdvocate.Http;

/// <summary>
/// Runs one Refit call and turns every failure into Core's exception family: status to subtype, unreadable JSON to
/// <see cref="ConnectorResponseFormatException"/>, resilience timeouts to <see cref="ConnectorTimeoutException"/>. The
/// caller's own cancellation stays an <see cref="OperationCanceledException"/>. No header or body is ever carried.
/// </summary>
internal static class SmartAdvocateCall
{
    public static Task<T> RunAsync<T>(string endpoint, Func<CancellationToken, Task<T>> call, CancellationToken cancellationToken) =>
        RefitCall.RunAsync(call, exception => Translate(endpoint, exception, cancellationToken), cancellationToken);

    public static Task RunAsync(string endpoint, Func<CancellationToken, Task> call, CancellationToken cancellationToken) =>
        RunAsync(endpoint, async ct =>
        {
            await call(ct).ConfigureAwait(false);
            return true;
        }, cancellationToken);

    internal static Exception? Translate(string endpoint, Exception exception, CancellationToken cancellationToken)
    {
        switch (exception)
        {
            case ConnectorException:
                return null;
            case OperationCanceledException when cancellationToken.IsCancellationRequested:
                return null;
            case ApiRequestException { InnerException: { } inner }:
                // Refit wraps what a handler threw (the token provider's own errors, timeouts, transport failures).
                return Translate(endpoint, inner, cancellationToken) ?? inner;
            case ApiException { InnerException: ConnectorException inner }:
                // What a body read threw for the SDK (an answer past its byte limit), wrapped by Refit as a deserialization failure.
                return inner;
            case ApiException api when api.InnerException is JsonException json:
                return new ConnectorResponseFormatException(endpoint, api.StatusCode, $"{endpoint} answered with JSON the SDK could not read; nothing was applied.", json);
            case ApiException api:
                return FromStatus(endpoint, api);
            case JsonException json:
                return new ConnectorResponseFormatException(endpoint, null, $"{endpoint} answered with JSON the SDK could not read; nothing was applied.", json);
            case TimeoutRejectedException timeout:
                return new ConnectorTimeoutException(endpoint, $"{endpoint} did not answer within the configured timeout.", timeout);
            case OperationCanceledException cancelled:
                return new ConnectorTimeoutException(endpoint, $"{endpoint} did not answer in time.", cancelled);
            case HttpRequestException http:
                return new ConnectorApiException(endpoint, http.StatusCode, $"{endpoint} could not be reached ({http.HttpRequestError}).", http);
            default:
                return null;
        }
    }

    private static ConnectorApiException FromStatus(string endpoint, ApiException api) => ConnectorErrors.FromStatus(
        endpoint,
        api.StatusCode,
        "SmartAdvocate",
        "check the user (CaseSyncAPI) or the ClientKey (dialer), and the user's permissions.",
        VendorMessage(api.Content),
        api.Headers.TryGetValues("X-Request-Id", out var ids) ? ids.FirstOrDefault() : null,
        api.Headers.RetryAfter is { } ra ? ra.Delta ?? (ra.Date is { } date ? date - DateTimeOffset.UtcNow : null) : null,
        api);

    /// <summary>The vendor's own message (<c>message</c>, <c>Message</c> or <c>title</c>), never the whole body.</summary>
    private static string? VendorMessage(string? content)
    {
        if (string.IsNullOrWhiteSpace(content) || content.Length > 64 * 1024)
        {
            return null;
        }

        try
        {
            using var document = JsonDocument.Parse(content);
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                return null;
            }

            foreach (var property in document.RootElement.EnumerateObject())
            {
                if (property.Value.ValueKind == JsonValueKind.String
                    && (property.NameEquals("message") || property.NameEquals("Message") || property.NameEquals("title")))
                {
                    var text = property.Value.GetString();
                    return text is { Length: > 300 } ? text[..300] : text;
                }
            }
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException)
        {
            // Runs inside an exception filter: anything thrown here would let the raw Refit exception escape instead.
            // InvalidOperationException: text that is not valid UTF-16 (a lone surrogate escape).
        }

        return null;
    }
}