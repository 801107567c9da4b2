using System.Net;

namespace Connectors.Core.Http;

/// <summary>
/// The vendor did not answer within the configured attempt or total timeout. Told apart from the caller's own
/// cancellation, which surfaces as <see cref="OperationCanceledException"/>.
/// </summary>
public class ConnectorTimeoutException : ConnectorApiException
{
    /// <summary>Creates the exception.</summary>
    public ConnectorTimeoutException(string endpoint, string message, Exception? innerException = null)
        : base(endpoint, (HttpStatusCode?)null, message, innerException)
    {
    }
}
