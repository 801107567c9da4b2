using System.Net;

namespace Connectors.Core.Http;

/// <summary>
/// A vendor API answered with an error, or with something the SDK could not read. Carries the HTTP status, the
/// vendor's own error code, message, field details and request id, and the retry delay the vendor asked for.
/// Never carries request headers or bodies, so no credential can leak through it: the SDK attaches no HTTP message, no
/// vendor body and no exception that holds one (such as Refit's <c>ApiException</c>); an inner exception, when there is
/// one, is a fresh copy of the cause that keeps only its kind (a JSON path, a transport error, a timeout).
/// </summary>
public class ConnectorApiException : ConnectorException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="endpoint">The operation, as <c>"GET /cases"</c> (no query string, no host).</param>
    /// <param name="statusCode">The HTTP status, or null when no response arrived.</param>
    /// <param name="message">What went wrong, for a person.</param>
    /// <param name="innerException">The cause, if any: never one that holds a request, a response or a body.</param>
    public ConnectorApiException(string endpoint, HttpStatusCode? statusCode, string message, Exception? innerException = null)
        : base(message, innerException)
    {
        Endpoint = endpoint;
        StatusCode = statusCode;
    }

    /// <summary>The operation, as <c>"GET /cases"</c>.</summary>
    public string Endpoint { get; }

    /// <summary>The HTTP status, or null when no response arrived.</summary>
    public HttpStatusCode? StatusCode { get; }

    /// <summary>The vendor's error code (<c>"VALIDATION_ERROR"</c>), when it sent one.</summary>
    public string? VendorErrorCode { get; init; }

    /// <summary>The vendor's error message, when it sent one.</summary>
    public string? VendorMessage { get; init; }

    /// <summary>Field-level details: field name to messages.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Details { get; init; } = new Dictionary<string, IReadOnlyList<string>>();

    /// <summary>The vendor's request id, to quote to its support.</summary>
    public string? RequestId { get; init; }

    /// <summary>How long the vendor asked to wait before trying again (<c>Retry-After</c>).</summary>
    public TimeSpan? RetryAfter { get; init; }
}
