using System.Net;

namespace Connectors.Core.Http;

/// <summary>The vendor answered with a body the SDK could not read (malformed or truncated JSON, an unexpected shape). Nothing from that
/// response was applied.</summary>
public class ConnectorResponseFormatException : ConnectorApiException
{
    /// <inheritdoc cref="ConnectorApiException(string, HttpStatusCode?, string, Exception?)" />
    public ConnectorResponseFormatException(string endpoint, HttpStatusCode? statusCode, string message, Exception? innerException = null)
        : base(endpoint, statusCode, message, innerException)
    {
    }
}
