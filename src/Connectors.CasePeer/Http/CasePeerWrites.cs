using Connectors.Core.Http;

namespace Connectors.CasePeer.Http;

/// <summary>A keyed CASEpeer write, translated and repeated with the same key when no answer came back.</summary>
internal static class CasePeerWrites
{
    public static Task<T> SendAsync<T>(string endpoint, int attempts, Func<CancellationToken, Task<T>> write, CancellationToken cancellationToken) =>
        RepeatableWrite.SendAsync(attempts, ct => CasePeerCall.RunAsync(endpoint, write, ct), cancellationToken);
}
