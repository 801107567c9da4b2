using System.Net;

namespace Connectors.Core.Http;

/// <summary>The vendor refused a change that conflicts with the resource's state (409), such as a status transition that is not
/// allowed.</summary>
public class ConnectorConflictException : ConnectorApiException
{
    /// <inheritdoc cref="ConnectorApiException(string, HttpStatusCode?, string, Exception?)" />
    public ConnectorConflictException(string endpoint, HttpStatusCode? statusCode, string message, Exception? innerException = null)
        : base(endpoint, statusCode, message, innerException)
    {
    }
}
