using System.Net;

namespace Connectors.Core.Http;

/// <summary>The vendor has no such resource (404).</summary>
public class ConnectorNotFoundException : ConnectorApiException
{
    /// <inheritdoc cref="ConnectorApiException(string, HttpStatusCode?, string, Exception?)" />
    public ConnectorNotFoundException(string endpoint, HttpStatusCode? statusCode, string message, Exception? innerException = null)
        : base(endpoint, statusCode, message, innerException)
    {
    }
}
