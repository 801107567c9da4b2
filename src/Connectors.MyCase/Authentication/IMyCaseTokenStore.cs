namespace Connectors.MyCase.Authentication;

/// <summary>
/// Where the host keeps a MyCase connection's tokens (encrypted at rest is the host's job). The SDK reads before every
/// request that needs a token and saves after every exchange and refresh; a refresh token is single use, so a save
/// that is lost means the user must authorize again.
/// </summary>
public interface IMyCaseTokenStore
{
    /// <summary>The saved tokens; null when the firm has not authorized yet.</summary>
    ValueTask<MyCaseTokens?> GetAsync(CancellationToken cancellationToken);

    /// <summary>Saves <paramref name="tokens"/>, replacing the previous pair.</summary>
    ValueTask SaveAsync(MyCaseTokens tokens, CancellationToken cancellationToken);
}
