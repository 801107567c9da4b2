using Connectors.Core.Http;

namespace Connectors.Shared;

/// <summary>A connector's options as <see cref="ConnectorHttpDefaults"/> needs them.</summary>
/// <param name="MaxRetryAttempts">Retries after the first attempt; 0 turns retries off.</param>
/// <param name="RetryBaseDelay">The base delay of the exponential back-off.</param>
/// <param name="AttemptTimeout">The limit of one attempt.</param>
/// <param name="TotalTimeout">The limit of the whole call.</param>
/// <param name="MaxErrorBodyBytes">The most bytes of an error body ever read.</param>
/// <param name="MaxResponseBytes">The most bytes of any answer ever read; null for no limit beyond the error-body one.</param>
internal readonly record struct ConnectorHttpSettings(
    int MaxRetryAttempts,
    TimeSpan RetryBaseDelay,
    TimeSpan AttemptTimeout,
    TimeSpan TotalTimeout,
    int MaxErrorBodyBytes,
    long? MaxResponseBytes = null)
{
    /// <summary>The settings of <paramref name="options"/>'s common fields, with the connector's answer cap, if it has one.</summary>
    public static ConnectorHttpSettings Of(ConnectorOptions options, long? maxResponseBytes = null) =>
        new(
            options.MaxRetryAttempts,
            options.RetryBaseDelay,
            options.AttemptTimeout,
            options.TotalTimeout,
            options.MaxErrorBodyBytes,
            maxResponseBytes);
}
