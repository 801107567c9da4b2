using Connectors.Core.Http;

namespace Connectors.CasePeer.Http;

/// <summary>
/// Sends a write that carries an idempotency key, and sends it again with the same key when no usable answer came
/// back (a dropped connection, a timeout, a 5xx): the server applies a key once, so the write happens exactly once.
/// The resilience pipeline itself never repeats a write.
/// </summary>
internal static class CasePeerWrites
{
    public static async Task<T> SendAsync<T>(string endpoint, int attempts, Func<CancellationToken, Task<T>> write, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await CasePeerCall.RunAsync(endpoint, write, cancellationToken).ConfigureAwait(false);
            }
            catch (ConnectorApiException ex) when (attempt < attempts && IsWorthRepeating(ex))
            {
                // Same key next time: if the first attempt was applied, the server answers with its result.
            }
        }
    }

    private static bool IsWorthRepeating(ConnectorApiException ex) =>
        ex is ConnectorTimeoutException || ex.StatusCode is null || (int)ex.StatusCode >= 500 || ex is ConnectorRateLimitedException;
}
