using System.Net;

namespace Connectors.Core.Http;

/// <summary>
/// A write got no usable answer and the SDK cannot tell whether the vendor applied it: it may have happened once, or not
/// at all. Sending it again could apply it twice, so nothing in the SDK repeats it (the connectors' write and read
/// retries pass it on at once), and a caller should not either without first finding out what
/// happened. The message says what to look for; <see cref="ConnectorApiException.StatusCode"/> is the failed attempt's
/// (null when no response arrived), and the inner exception is the failure itself.
/// </summary>
public class WriteOutcomeUnknownException : ConnectorApiException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="endpoint">The write, as <c>"POST /notes"</c> (no query string, no host).</param>
    /// <param name="statusCode">The status of the failed attempt, or null when no response arrived.</param>
    /// <param name="message">What may have happened and how to find out or recover.</param>
    /// <param name="innerException">The failure.</param>
    public WriteOutcomeUnknownException(string endpoint, HttpStatusCode? statusCode, string message, Exception? innerException = null)
        : base(endpoint, statusCode, message, innerException)
    {
    }
}
