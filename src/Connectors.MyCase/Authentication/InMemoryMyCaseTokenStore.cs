namespace Connectors.MyCase.Authentication;

/// <summary>Keeps the tokens in memory for the life of the process (the default; tests and short-lived tools).</summary>
public sealed class InMemoryMyCaseTokenStore : IMyCaseTokenStore
{
    private volatile MyCaseTokens? _tokens;

    /// <summary>Creates an empty store, or one holding <paramref name="tokens"/>.</summary>
    public InMemoryMyCaseTokenStore(MyCaseTokens? tokens = null) => _tokens = tokens;

    /// <inheritdoc />
    public ValueTask<MyCaseTokens?> GetAsync(CancellationToken cancellationToken) => ValueTask.FromResult(_tokens);

    /// <inheritdoc />
    public ValueTask SaveAsync(MyCaseTokens tokens, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        _tokens = tokens;
        return ValueTask.CompletedTask;
    }
}
