using System.Net;

using Connectors.Core.Http;

namespace Connectors.Shared;

/// <summary>
/// Builds the exception for a vendor's error answer, so that every connector maps statuses the same way:
/// 401/403 → <see cref="ConnectorAuthenticationException"/>, 404 → <see cref="ConnectorNotFoundException"/>,
/// 409 → <see cref="ConnectorConflictException"/>, 429 → <see cref="ConnectorRateLimitedException"/>, anything else →
/// <see cref="ConnectorApiException"/>. Messages say what failed and what to check, never a credential or a body.
/// </summary>
internal static class ConnectorErrors
{
    /// <summary>The exception for an error answer.</summary>
    /// <param name="endpoint">The operation, as <c>"GET /api/v1/cases"</c>.</param>
    /// <param name="status">The HTTP status.</param>
    /// <param name="vendor">The vendor's name, for messages (<c>"CASEpeer"</c>).</param>
    /// <param name="credentialsHint">What to check when the credentials are refused (an option name, never its value).</param>
    /// <param name="vendorMessage">The vendor's own short message, if it sent one.</param>
    /// <param name="requestId">The vendor's request id, if it sent one.</param>
    /// <param name="retryAfter">The <c>Retry-After</c> delay, if any (either form: delta seconds, or an HTTP-date taken from now).</param>
    /// <param name="innerException">A credential-free cause, if any: never an exception that holds the request, the response or the
    /// body.</param>
    /// <param name="vendorErrorCode">The vendor's error code, if it sent one.</param>
    /// <param name="details">Field-level details, if the vendor sent them.</param>
    public static ConnectorApiException FromStatus(
        string endpoint,
        HttpStatusCode status,
        string vendor,
        string credentialsHint,
        string? vendorMessage = null,
        string? requestId = null,
        TimeSpan? retryAfter = null,
        Exception? innerException = null,
        string? vendorErrorCode = null,
        IReadOnlyDictionary<string, IReadOnlyList<string>>? details = null)
    {
        var fields = details ?? new Dictionary<string, IReadOnlyList<string>>();
        var message = $"{endpoint} failed with {(int)status} {status}.";
        return status switch
        {
            HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden =>
                new ConnectorAuthenticationException(
                    endpoint,
                    status,
                    $"{message} {vendor} refused the credentials: {credentialsHint}",
                    innerException)
                {
                    VendorMessage = vendorMessage,
                    RequestId = requestId,
                    RetryAfter = retryAfter,
                    VendorErrorCode = vendorErrorCode,
                    Details = fields,
                },
            HttpStatusCode.NotFound =>
                new ConnectorNotFoundException(endpoint, status, message, innerException)
                {
                    VendorMessage = vendorMessage,
                    RequestId = requestId,
                    RetryAfter = retryAfter,
                    VendorErrorCode = vendorErrorCode,
                    Details = fields,
                },
            HttpStatusCode.Conflict =>
                new ConnectorConflictException(endpoint, status, message, innerException)
                {
                    VendorMessage = vendorMessage,
                    RequestId = requestId,
                    RetryAfter = retryAfter,
                    VendorErrorCode = vendorErrorCode,
                    Details = fields,
                },
            HttpStatusCode.TooManyRequests =>
                new ConnectorRateLimitedException(endpoint, status, $"{message} {vendor} asked to slow down.", innerException)
                {
                    VendorMessage = vendorMessage,
                    RequestId = requestId,
                    RetryAfter = retryAfter,
                    VendorErrorCode = vendorErrorCode,
                    Details = fields,
                },
            _ =>
                new ConnectorApiException(endpoint, status, message, innerException)
                {
                    VendorMessage = vendorMessage,
                    RequestId = requestId,
                    RetryAfter = retryAfter,
                    VendorErrorCode = vendorErrorCode,
                    Details = fields,
                },
        };
    }
}
