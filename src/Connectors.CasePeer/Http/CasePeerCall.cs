using System.Net;
using System.Text.Json;

using Connectors.CasePeer.Models;
using Connectors.Core.Http;
using Connectors.Shared;

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
        var result = await RefitCall.RunAsync(endpoint, call, answer => FromStatus(endpoint, answer), cancellationToken)
            .ConfigureAwait(false);

        // A body of JSON null (or an empty one) deserializes to null: that is an unreadable answer, not a value.
        return result ?? throw new ConnectorResponseFormatException(
            endpoint, HttpStatusCode.OK, $"{endpoint} answered with an empty body (JSON null); nothing from that answer was used.");
    }

    private static ConnectorApiException FromStatus(string endpoint, ErrorAnswer answer) => ConnectorErrors.FromStatus(
        endpoint,
        answer.Status,
        "CASEpeer",
        "check CasePeer:ApiKey (the CASEpeer key shown in CASEpeer's Integrations settings) and CasePeer:ApiKeyHeaderName.",
        Detail(answer.Body),
        answer.RequestId,
        answer.RetryAfter);

    // The body was read under the options' byte cap (ErrorBodyLimitHandler).
    private static string? Detail(string? content)
    {
        if (string.IsNullOrWhiteSpace(content))
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
