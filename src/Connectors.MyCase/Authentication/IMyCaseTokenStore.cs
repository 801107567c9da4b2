namespace Connectors.MyCase.Authentication;

/// <summary>
/// Where the host keeps a MyCase connection's tokens (encrypted at rest is the host's job), shared by every process that
/// syncs the firm. A refresh token is single use, so the store is versioned and every write is a compare-and-swap: a
/// process first claims the refresh (a write on the version it read), spends the refresh token only when its claim
/// landed, then writes the new pair on the claim's version. Another process that read the same version loses its claim
/// write, waits for the pair and uses it: two processes never send one refresh token twice. A save that is lost means
/// the user must authorize again, so a write must be durable when it returns true.
/// </summary>
/// <remarks>
/// <see cref="MyCaseTokenStoreExtensions.GetAsync"/> reads the tokens alone and
/// <see cref="MyCaseTokenStoreExtensions.SaveAsync"/> replaces them (after an authorization, or to restore a backup).
/// </remarks>
public interface IMyCaseTokenStore
{
    /// <summary>The stored entry; null when the firm has not authorized yet.</summary>
    ValueTask<MyCaseStoredTokens?> ReadAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Writes <paramref name="tokens"/> and <paramref name="claim"/> as version <paramref name="expectedVersion"/> + 1, only
    /// if the stored version is <paramref name="expectedVersion"/> (0: only if nothing is stored), atomically: of two
    /// writers on one version exactly one succeeds.
    /// </summary>
    /// <param name="tokens">The tokens to store.</param>
    /// <param name="claim">The refresh claim to store with them; null for none.</param>
    /// <param name="expectedVersion">The version the writer read; 0 when it read nothing.</param>
    /// <param name="cancellationToken">Cancels before the write.</param>
    /// <returns>True when written; false when the stored version is not <paramref name="expectedVersion"/> (nothing written).</returns>
    ValueTask<bool> TrySaveAsync(MyCaseTokens tokens, MyCaseRefreshClaim? claim, long expectedVersion, CancellationToken cancellationToken);
}
