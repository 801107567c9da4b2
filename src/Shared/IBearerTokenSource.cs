namespace Connectors.Shared;

/// <summary>Where <see cref="BearerTokenHandler"/> gets its token: a connector's cache with single-flight refresh.</summary>
internal interface IBearerTokenSource
{
    /// <summary>A valid token; <paramref name="rejected"/> is a token the server just refused, which is never returned again.</summary>
    ValueTask<string> GetTokenAsync(string? rejected, CancellationToken cancellationToken);
}
