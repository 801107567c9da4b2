using System.Net;

namespace Connectors.Core.Http;

/// <summary>The vendor refused the credentials (401 or 403), or they could not be obtained or refreshed. The message says what the user
/// must do (check the key, re-authorize).</summary>
public class ConnectorAuthenticationException : ConnectorApiException
{
    /// <inheritdoc cref="ConnectorApiException(string, HttpStatusCode?, string, Exception?)" />
    public ConnectorAuthenticationException(string endpoint, HttpStatusCode? statusCode, string message, Exception? innerException = null)
        : base(endpoint, statusCode, message, innerException)
    {
    }
}
