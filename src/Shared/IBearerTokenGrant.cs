namespace Connectors.Shared;

/// <summary>
/// A vendor's half of <see cref="SingleFlightTokenCache"/>: where its token is kept and how a new one is obtained. When a
/// new one is needed, and that concurrent callers share one acquisition, is the cache's half.
/// </summary>
internal interface IBearerTokenGrant
{
    /// <summary>The token kept now (in a store or in memory), or null when there is none yet. Read on every request: cheap.</summary>
    ValueTask<BearerToken?> ReadAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Obtains a new token and keeps it where <see cref="ReadAsync"/> finds it. One at a time, and never under a caller's
    /// cancellation (callers may give up, the acquisition goes on for the others): the grant bounds it by its own timeout.
    /// Its exceptions carry no token.
    /// </summary>
    /// <param name="cancellationToken">Cancelled only when the cache is disposed.</param>
    Task<BearerToken> AcquireAsync(CancellationToken cancellationToken);
}
