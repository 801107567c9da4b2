namespace Connectors.MyCase.Authentication;

/// <summary>The plain read and the replacing save, built on the store's versioned read and compare-and-swap write.</summary>
public static class MyCaseTokenStoreExtensions
{
    /// <summary>The stored tokens; null when the firm has not authorized yet.</summary>
    /// <param name="store">The store.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    public static async ValueTask<MyCaseTokens?> GetAsync(this IMyCaseTokenStore store, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        return (await store.ReadAsync(cancellationToken).ConfigureAwait(false))?.Tokens;
    }

    /// <summary>
    /// Replaces whatever is stored with <paramref name="tokens"/> (and no claim): what a new authorization does, or a restore.
    /// Written on the version just read, again until it lands, so it never interleaves with another write. A refresh under
    /// way in another process then keeps the pair stored here and discards its own.
    /// </summary>
    /// <param name="store">The store.</param>
    /// <param name="tokens">The tokens to store.</param>
    /// <param name="cancellationToken">Cancels between attempts.</param>
    public static async ValueTask SaveAsync(this IMyCaseTokenStore store, MyCaseTokens tokens, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(tokens);
        while (true)
        {
            var current = await store.ReadAsync(cancellationToken).ConfigureAwait(false);
            if (await store.TrySaveAsync(tokens, null, current?.Version ?? 0, cancellationToken).ConfigureAwait(false))
            {
                return;
            }
        }
    }
}
