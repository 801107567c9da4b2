using System.Text.Json;

using Connectors.Core.Http;
using Connectors.MyCase.Authentication;
using Connectors.Shared;

using Polly;

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
        "the access token was refused even after a refresh, or the client lacks the scope for this resource (scopes are assigned by " +
            "MyCase support). " + MyCaseTokenEndpoint.ReauthorizeHint;

    public static async Task<T> RunAsync<T>(string endpoint, Func<CancellationToken, Task<T>> call, CancellationToken cancellationToken)
    {
        var result = await RefitCall.RunAsync(
            endpoint,
            call,
            answer => FromStatus(endpoint, answer),
            cancellationToken,
            exception => CircuitOpen(endpoint, exception))
            .ConfigureAwait(false);

        // A 2xx answer of "null" or an empty body: Refit hands on null, which no caller of a single resource expects.
        return result ?? throw new ConnectorResponseFormatException(
            endpoint,
            null,
            $"{endpoint} answered with an empty body (null) where a resource was expected; nothing from that answer was used.");
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

    // The shared rules leave Polly's rejections alone; a timeout is one of them and is translated before this is asked.
    private static ConnectorApiException? CircuitOpen(
        string endpoint,
        Exception exception) => exception is ExecutionRejectedException rejected
        ? new ConnectorApiException(
            endpoint,
            null,
            $"{endpoint} was not sent: MyCase failed repeatedly and the circuit breaker is open for a while; try again later.",
            ScrubbedInner.Of(rejected))
        : null;

    private static ConnectorApiException FromStatus(string endpoint, ErrorAnswer answer) => ConnectorErrors.FromStatus(
        endpoint,
        answer.Status,
        Vendor,
        CredentialsHint,
        Detail(answer.Body),
        answer.RequestId,
        answer.RetryAfter);

    /// <summary>
    /// The descriptions of MyCase's <c>{"errors": [...]}</c> body, each with its source; null when there are none. The
    /// body was read under the options' byte cap (the shared ErrorBodyLimitHandler).
    /// </summary>
    internal static string? Detail(string? content)
    {
        if (string.IsNullOrWhiteSpace(content))
        {
            return null;
        }

        try
        {
            // Called from an exception filter, so it must never throw: a null entry is skipped, not dereferenced.
            var errors = JsonSerializer.Deserialize(
                content,
                MyCaseJsonContext.Default.MyCaseErrorBody)?.Errors?.Where(e => e?.Description is not null).ToList();
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
