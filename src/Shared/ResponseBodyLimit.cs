using System.Net;

using Connectors.Core.Http;

namespace Connectors.Shared;

/// <summary>
/// The rule every connector reads answers by: an answer is read into memory only up to a byte limit, so a wrong or
/// hostile answer (a 2 GB body, a <c>Content-Length</c> of a terabyte, a record that never ends) costs at most the limit,
/// never the machine. Past the limit the read stops with <see cref="ConnectorResponseFormatException"/>: nothing from
/// that answer is used, and a page is read again (<see cref="RepeatableRead"/>) as any unreadable page is. Compiled into
/// each connector (linked source).
/// </summary>
internal static class ResponseBodyLimit
{
    /// <summary>
    /// The default limit of one page (and of every other answer of a paged API): 16 MiB. The largest real page is
    /// MyCase's 1000 cases with their clients, about 0.8 MB; CASEpeer and Case Xchange pages hold at most 100 records.
    /// </summary>
    public const long DefaultPageBytes = 16L * 1024 * 1024;

    /// <summary>The smallest limit an option may set: below it, real pages would be refused.</summary>
    public const long SmallestPageBytes = 64L * 1024;

    /// <summary>The exception for an answer past its limit; names the option that sets it, never a byte of the body.</summary>
    public static ConnectorResponseFormatException TooLarge(string endpoint, HttpStatusCode? status, long limit, string option) =>
        new(
            endpoint,
            status,
            $"{endpoint} answered with more than {limit} bytes, the limit set by {option}; the answer was not read further and nothing " +
                "from it was used.");
}
