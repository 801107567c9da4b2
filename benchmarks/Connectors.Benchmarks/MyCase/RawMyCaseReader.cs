using System.Net.Http.Headers;
using System.Text.Json;

using Connectors.MyCase.Http;

namespace Connectors.Benchmarks.MyCase;

/// <summary>
/// The baseline: one <see cref="HttpClient"/> with the SDK's bearer token, the same requests as the SDK (the staff list
/// once, then every case page), each page deserialized from the response stream with <see cref="RawJsonContext"/>.
/// No paging abstraction, no handlers, no resilience, no mapping.
/// </summary>
internal sealed class RawMyCaseReader : IDisposable
{
    // The SDK's field[client] list, so that both sides receive the same bytes.
    private static readonly string ClientFields = "&"
        + Uri.EscapeDataString("field[client]")
        + "="
        + Uri.EscapeDataString("id,first_name,middle_name,last_name,email,cell_phone_number");

    private readonly HttpClient _http;
    private readonly MyCaseRateLimiter? _limiter;

    /// <param name="apiBase">The sandbox's MyCase base address.</param>
    /// <param name="accessToken">The bearer token.</param>
    /// <param name="limiter">Waited on before each request, the staff list included (the throughput run); none in the overhead
    /// benchmark.</param>
    public RawMyCaseReader(Uri apiBase, string accessToken, MyCaseRateLimiter? limiter = null)
    {
        _limiter = limiter;
        _http = new HttpClient { BaseAddress = apiBase };
        _http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
        _http.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
    }

    /// <summary>Reads every case; with <paramref name="deserialize"/> false the bodies are only drained (the sandbox and transport
    /// floor).</summary>
    public async Task<long> ReadAllAsync(int pageSize, bool deserialize, CancellationToken cancellationToken)
    {
        if (_limiter is not null)
        {
            await _limiter.WaitAsync(cancellationToken).ConfigureAwait(false);
        }

        using (var staffResponse = await _http.GetAsync(
            $"v1/staff?page_size={pageSize}",
            HttpCompletionOption.ResponseHeadersRead,
            cancellationToken).ConfigureAwait(false))
        {
            staffResponse.EnsureSuccessStatusCode();
            var stream = await staffResponse.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
            await using (stream.ConfigureAwait(false))
            {
                _ = await JsonSerializer.DeserializeAsync(
                    stream,
                    RawJsonContext.Default.ListRawStaff,
                    cancellationToken).ConfigureAwait(false);
            }
        }

        long count = 0;
        string? url = $"v1/cases?page_size={pageSize}{ClientFields}";
        while (url is not null)
        {
            if (_limiter is not null)
            {
                await _limiter.WaitAsync(cancellationToken).ConfigureAwait(false);
            }

            using var response = await _http.GetAsync(
                url,
                HttpCompletionOption.ResponseHeadersRead,
                cancellationToken).ConfigureAwait(false);
            response.EnsureSuccessStatusCode();
            var stream = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
            await using (stream.ConfigureAwait(false))
            {
                if (deserialize)
                {
                    var page = await JsonSerializer.DeserializeAsync(
                        stream,
                        RawJsonContext.Default.ListRawCase,
                        cancellationToken).ConfigureAwait(false);
                    count += page!.Count;
                }
                else
                {
                    await stream.CopyToAsync(Stream.Null, cancellationToken).ConfigureAwait(false);
                    count += pageSize;
                }
            }

            url = NextUrl(response);
        }

        return count;
    }

    public void Dispose() => _http.Dispose();

    // The sandbox emits one link, `<url>; rel="next"`, and its next URL carries page_size and page_token only: the
    // field list is added again, as the SDK sends it on every page.
    private static string? NextUrl(HttpResponseMessage response)
    {
        if (!response.Headers.TryGetValues("Link", out var values))
        {
            return null;
        }

        foreach (var value in values)
        {
            var open = value.IndexOf('<', StringComparison.Ordinal);
            var close = value.IndexOf('>', StringComparison.Ordinal);
            if (open >= 0 && close > open && value.AsSpan(close).Contains("rel=\"next\"", StringComparison.Ordinal))
            {
                return string.Concat(value.AsSpan(open + 1, close - open - 1), ClientFields);
            }
        }

        return null;
    }
}
