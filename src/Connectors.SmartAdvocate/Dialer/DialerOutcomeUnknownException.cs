using System.Net;

using Connectors.Core.Http;
using Connectors.Shared;

namespace Connectors.SmartAdvocate.Dialer;

/// <summary>
/// A dialer write got no usable answer and the SDK cannot tell whether SmartAdvocate applied it, so it did not send it
/// again (a resend could apply it twice: a note by phone written twice is a duplicate call note). The message says what
/// may have happened and how to recover; the inner exception is the failure itself. It is a
/// <see cref="WriteOutcomeUnknownException"/>, so <see cref="RepeatableWrite"/> and <see cref="RepeatableRead"/> never
/// repeat it; a caller should not either.
/// </summary>
public class DialerOutcomeUnknownException : WriteOutcomeUnknownException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="endpoint">The operation, as <c>"POST /DialerAPI/AddCaseNoteByPhone"</c>.</param>
    /// <param name="statusCode">The status of the failed attempt, or null when no response arrived.</param>
    /// <param name="message">What may have happened and how to recover.</param>
    /// <param name="innerException">The failure.</param>
    public DialerOutcomeUnknownException(string endpoint, HttpStatusCode? statusCode, string message, Exception? innerException = null)
        : base(endpoint, statusCode, message, innerException)
    {
    }
}
