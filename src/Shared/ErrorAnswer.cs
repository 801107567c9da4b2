using System.Net;

namespace Connectors.Shared;

/// <summary>
/// What a connector may read from a vendor's error answer to build its exception, and nothing else: no request, no
/// headers but the two a caller needs, and the body as read under the cap (<see cref="ErrorBodyLimitHandler"/>), to parse
/// the vendor's own error out of it. The body itself never reaches an exception.
/// </summary>
/// <param name="Status">The HTTP status.</param>
/// <param name="Body">The error body's text, null when there was none or it was over the cap.</param>
/// <param name="RetryAfter">The <c>Retry-After</c> delay, from either form (<see cref="RetryAfterHeader"/>).</param>
/// <param name="RequestId">The vendor's <c>X-Request-Id</c> header, when it sent one.</param>
internal readonly record struct ErrorAnswer(HttpStatusCode Status, string? Body, TimeSpan? RetryAfter, string? RequestId)
{
    /// <summary>Never shows the body.</summary>
    public override string ToString() => $"ErrorAnswer {{ Status = {(int)Status}, RetryAfter = {RetryAfter}, RequestId = {RequestId} }}";
}
