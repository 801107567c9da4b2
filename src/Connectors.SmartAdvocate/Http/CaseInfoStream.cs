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

    /// <summary>The one-case endpoint, as exceptions name it.</summary>
    public const string OneCaseEndpoint = "GET /CaseSyncAPI/case/{caseID}";

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

    /// <summary>
    /// Reads one case by its id (<see cref="OneCaseEndpoint"/>): one request, an answer of at most
    /// <see cref="SmartAdvocateOptions.MaxCaseBytes"/>, either the record itself or an array holding it. A record that
    /// cannot be read comes back with its <see cref="SmartAdvocateCaseInfo.ReadError"/>, as in a CaseInfo answer; null when
    /// the answer holds no record with the id.
    /// </summary>
    public static async Task<SmartAdvocateCaseInfo?> ReadOneAsync(
        ISmartAdvocateCaseSyncApi api,
        long caseId,
        SmartAdvocateOptions options,
        CancellationToken cancellationToken)
    {
        var answer = await SmartAdvocateCall.RunAsync(
            OneCaseEndpoint,
            ct => api.GetCaseStreamAsync(caseId, options.AddContactInfo, ct),
            cancellationToken).ConfigureAwait(false);
        var limited = new LimitedReadStream(answer, options.MaxCaseBytes, () =>
            ResponseBodyLimit.TooLarge(OneCaseEndpoint, null, options.MaxCaseBytes, CapOption));
        JsonElement root;
        await using (limited.ConfigureAwait(false))
        {
            try
            {
                root = await JsonSerializer.DeserializeAsync(limited, SharedJsonContext.Default.JsonElement, cancellationToken)
                    .ConfigureAwait(false);
            }
            catch (Exception ex) when (Unreadable(ex, OneCaseEndpoint) is { } translated && translated != ex)
            {
                throw translated;
            }
        }

        if (root.ValueKind is not (JsonValueKind.Object or JsonValueKind.Array))
        {
            throw new ConnectorResponseFormatException(OneCaseEndpoint, null,
                $"{OneCaseEndpoint} answered with neither a case nor a list of cases.");
        }

        // The record goes through the same tolerant reader as a CaseInfo answer's, so an unreadable field is reported the
        // same way (the case skipped with its reason) rather than failing the read.
        var raw = root.GetRawText();
        using var records = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(
            root.ValueKind == JsonValueKind.Object ? $"[{raw}]" : raw));
        await foreach (var info in Records.ReadStreamAsync(records, cancellationToken).ConfigureAwait(false))
        {
            if (info.CaseId == caseId)
            {
                return info;
            }
        }

        return null;
    }

    private static ConnectorApiException? Unreadable(Exception exception, string endpoint = Endpoint) => exception switch
    {
        ConnectorApiException sdk => sdk,
        JsonException json =>
            new ConnectorResponseFormatException(endpoint, null,
                $"{endpoint} answered with JSON the SDK could not read; the read stopped there.", ScrubbedInner.Of(json)),
        IOException or HttpRequestException =>
            new ConnectorApiException(endpoint, null, $"{endpoint}: the connection dropped while reading the answer.",
                ScrubbedInner.Of(exception)),
        _ => null,
    };
}
