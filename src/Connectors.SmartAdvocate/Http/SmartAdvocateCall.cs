using System.Text.Json;

using Connectors.Core.Http;
using Connectors.Shared;

namespace Connectors.SmartAdvocate.Http;

/// <summary>
/// Runs one Refit call with the shared translation (<see cref="RefitCall"/>): status to subtype, unreadable JSON to
/// <see cref="ConnectorResponseFormatException"/>, timeouts to <see cref="ConnectorTimeoutException"/>, lost connections
/// and an open circuit to <see cref="ConnectorApiException"/>. The caller's own cancellation stays an
/// <see cref="OperationCanceledException"/>. No header or body is ever carried.
/// </summary>
internal static class SmartAdvocateCall
{
    public static Task<T> RunAsync<T>(string endpoint, Func<CancellationToken, Task<T>> call, CancellationToken cancellationToken) =>
        RefitCall.RunAsync(endpoint, call, answer => FromStatus(endpoint, answer), cancellationToken);

    public static Task RunAsync(string endpoint, Func<CancellationToken, Task> call, CancellationToken cancellationToken) =>
        RunAsync(endpoint, async ct =>
        {
            await call(ct).ConfigureAwait(false);
            return true;
        }, cancellationToken);

    /// <summary>The shared translation with SmartAdvocate's error answers, for a failure outside a Refit call (reading a kept
    /// answer).</summary>
    public static Exception? Translate(string endpoint, Exception exception, CancellationToken cancellationToken) =>
        RefitCall.Translate(endpoint, exception, answer => FromStatus(endpoint, answer), cancellationToken);

    private static ConnectorApiException FromStatus(string endpoint, ErrorAnswer answer) => ConnectorErrors.FromStatus(
        endpoint,
        answer.Status,
        "SmartAdvocate",
        "check the user (CaseSyncAPI) or the ClientKey (dialer), and the user's permissions.",
        VendorMessage(answer.Body),
        answer.RequestId,
        answer.RetryAfter);

    /// <summary>
    /// The vendor's own message (<c>message</c>, <c>Message</c> or <c>title</c>), never the whole body; the body was read
    /// under the options' byte cap (the shared ErrorBodyLimitHandler).
    /// </summary>
    private static string? VendorMessage(string? content)
    {
        if (string.IsNullOrWhiteSpace(content))
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
