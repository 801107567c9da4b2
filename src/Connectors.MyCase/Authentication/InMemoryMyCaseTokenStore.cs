namespace Connectors.MyCase.Authentication;

/// <summary>
/// Keeps the tokens in memory for the life of the process (the default; tests and short-lived tools). Thread-safe
/// compare-and-swap: token managers in one process that share an instance (two registrations, say) behave as two
/// processes sharing a database would.
/// </summary>
public sealed class InMemoryMyCaseTokenStore : IMyCaseTokenStore
{
    private readonly object _gate = new();
    private MyCaseStoredTokens? _stored;

    /// <summary>Creates an empty store, or one holding <paramref name="tokens"/> (as version 1).</summary>
    public InMemoryMyCaseTokenStore(MyCaseTokens? tokens = null) => _stored = tokens is null ? null : new MyCaseStoredTokens(tokens, 1);

    /// <inheritdoc />
    public ValueTask<MyCaseStoredTokens?> ReadAsync(CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return ValueTask.FromResult(_stored);
        }
    }

    /// <inheritdoc />
    public ValueTask<bool> TrySaveAsync(
        MyCaseTokens tokens, MyCaseRefreshClaim? claim, long expectedVersion, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        ArgumentOutOfRangeException.ThrowIfNegative(expectedVersion);
        cancellationToken.ThrowIfCancellationRequested();
        lock (_gate)
        {
            if ((_stored?.Version ?? 0) != expectedVersion)
            {
                return ValueTask.FromResult(false);
            }

            _stored = new MyCaseStoredTokens(tokens, expectedVersion + 1, claim);
            return ValueTask.FromResult(true);
        }
    }
}
