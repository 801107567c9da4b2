using System.Runtime.CompilerServices;
using System.Text.Json;

using Connectors.Core.Http;
using Connectors.Shared;
using Connectors.SmartAdvocate.Models;
using Connectors.SmartAdvocate.Serialization;

namespace Connectors.SmartAdvocate.Http;

/// <summary>
/// The one place that reads CaseSyncAPI's <c>case/CaseInfo</c>. It has no paging: one answer holds every case of the
/// pattern and grows with the firm, so it is read as a stream, one case at a time, each up to
/// <see cref="SmartAdvocateOptions.MaxCaseBytes"/>, and never held whole. Every failure while reading is an SDK exception.
/// </summary>
internal static class CaseInfoStream
{
    /// <summary>The endpoint, as exceptions name it.</summary>
    public const string Endpoint = "GET /CaseSyncAPI/case/CaseInfo";

    private const string CapOption = "SmartAdvocate:MaxCaseBytes (per case)";

    private static readonly CaseInfoListConverter Records = new();

    /// <summary>Sends the request: the answer's body, for <see cref="ReadAsync(Stream, long, CancellationToken)"/> to read.</summary>
    public static Task<Stream> OpenAsync(
        ISmartAdvocateCaseSyncApi api,
        string pattern,
        bool addContactInfo,
        CancellationToken cancellationToken) =>
        SmartAdvocateCall.RunAsync(Endpoint, ct => api.GetCaseInfoStreamAsync(pattern, addContactInfo, ct), cancellationToken);

    /// <summary>Sends the request and reads its cases one at a time (the answer is disposed when the reading ends).</summary>
    public static async IAsyncEnumerable<SmartAdvocateCaseInfo> ReadAsync(
        ISmartAdvocateCaseSyncApi api,
        SmartAdvocateOptions options,
        bool addContactInfo,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var answer = await OpenAsync(api, options.CaseNumberPattern, addContactInfo, cancellationToken).ConfigureAwait(false);
        await foreach (var info in ReadAsync(answer, options.MaxCaseBytes, cancellationToken).ConfigureAwait(false))
        {
            yield return info;
        }
    }

    /// <summary>
    /// Reads an answer's cases one at a time, each up to <paramref name="maxCaseBytes"/> (counted from the end of the case
    /// before it), and disposes the answer when the reading ends.
    /// </summary>
    public static async IAsyncEnumerable<SmartAdvocateCaseInfo> ReadAsync(
        Stream answer,
        long maxCaseBytes,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var limited = new LimitedReadStream(answer, maxCaseBytes, () =>
            ResponseBodyLimit.TooLarge(Endpoint, null, maxCaseBytes, CapOption));
        await using (limited.ConfigureAwait(false))
        {
            var records = Records.ReadStreamAsync(limited, cancellationToken).GetAsyncEnumerator(cancellationToken);
            await using (records.ConfigureAwait(false))
            {
                while (true)
                {
                    bool more;
                    try
                    {
                        more = await records.MoveNextAsync().ConfigureAwait(false);
                    }
                    catch (Exception ex) when (Unreadable(ex) is { } translated && translated != ex)
                    {
                        throw translated;
                    }

                    if (!more)
                    {
                        yield break;
                    }

                    limited.Restart(); // the next case gets its own MaxCaseBytes
                    yield return records.Current;
                }
            }
        }
    }

    private static ConnectorApiException? Unreadable(Exception exception) => exception switch
    {
        ConnectorApiException sdk => sdk,
        JsonException json =>
            new ConnectorResponseFormatException(Endpoint, null,
                $"{Endpoint} answered with JSON the SDK could not read; the read stopped there.", ScrubbedInner.Of(json)),
        IOException or HttpRequestException =>
            new ConnectorApiException(Endpoint, null, $"{Endpoint}: the connection dropped while reading the answer.",
                ScrubbedInner.Of(exception)),
        _ => null,
    };
}
