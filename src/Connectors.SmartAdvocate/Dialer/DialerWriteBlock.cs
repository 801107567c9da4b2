using Connectors.Core.Http;
using Connectors.Shared;

namespace Connectors.SmartAdvocate.Dialer;

/// <summary>
/// Core's write-safety block (<see cref="RepeatableWrite"/>) for the dialer: every dialer write goes through it, and its
/// unknown outcome is reported as the dialer's own <see cref="DialerOutcomeUnknownException"/>.
/// </summary>
internal static class DialerWriteBlock
{
    /// <summary>
    /// Sends <paramref name="write"/> through <see cref="RepeatableWrite.SendAsync{T}(SafeWrite{T}, CancellationToken)"/>.
    /// </summary>
    public static async Task<T> SendAsync<T>(SafeWrite<T> write, CancellationToken cancellationToken)
    {
        try
        {
            return await RepeatableWrite.SendAsync(write, cancellationToken).ConfigureAwait(false);
        }
        catch (WriteOutcomeUnknownException unknown) when (unknown is not DialerOutcomeUnknownException)
        {
            throw new DialerOutcomeUnknownException(unknown.Endpoint, unknown.StatusCode, unknown.Message, unknown.InnerException);
        }
    }
}
