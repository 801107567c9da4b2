using System.Net;

namespace Connectors.Core.Http;

/// <summary>The vendor kept answering 429 after the allowed retries; see RetryAfter.</summary>
public class ConnectorRateLimitedException : ConnectorApiException
{
    /// <inheritdoc cref="ConnectorApiException(string, HttpStatusCode?, string, Exception?)" />
    public ConnectorRateLimitedException(string endpoint, HttpStatusCode? statusCode, string message, Exception? innerException = null)
        : base(endpoint, statusCode, message, innerException)
    {
    }
}
