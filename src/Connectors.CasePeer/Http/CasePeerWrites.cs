using Connectors.Core.Http;
using Connectors.Shared;

namespace Connectors.CasePeer.Http;

/// <summary>
/// A keyed CASEpeer write through Core's write-safety block: translated, sent again with the same key after a server
/// error, and after a lost answer only once a look at the case shows it did not land (CASEpeer's handling of
/// <c>Idempotency-Key</c> is not documented), else <see cref="WriteOutcomeUnknownException"/>.
/// </summary>
internal static class CasePeerWrites
{
    public static Task<T> SendAsync<T>(
        string endpoint,
        CasePeerOptions options,
        Func<CancellationToken, Task<T>> write,
        Func<CancellationToken, Task<T?>> findApplied,
        string recovery,
        CancellationToken cancellationToken)
        where T : class =>
        RepeatableWrite.SendAsync(
            new SafeWrite<T>
            {
                Operation = endpoint,
                Send = ct => CasePeerCall.RunAsync(endpoint, write, ct),
                Attempts = options.WriteAttempts,
                RetryBaseDelay = options.RetryBaseDelay,
                Repeat = WriteRepeat.AfterErrorAnswer,
                FindApplied = ct => RepeatableRead.RunAsync(findApplied, ct),
                Recovery = recovery,
            },
            cancellationToken);
}
