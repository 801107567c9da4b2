using System.Net.Http.Headers;

using Connectors.Core.Http;
using Connectors.MyCase.Models;
using Connectors.Shared;

namespace Connectors.MyCase.Http;

/// <summary>
/// Reads one page of <c>GET /v1/cases</c> through the registration's API <see cref="HttpClient"/> (the same handlers as
/// the Refit client: resilience, telemetry, bearer token, rate limit) into one pooled buffer, whose cases are then read
/// one at a time (<see cref="MyCaseCaseRecords"/>). The sync reads every case this way because Refit first copies each
/// answer into memory: for 1000-case pages (~0.8 MB each) that copy cost a fifth of the read's time and ~0.8 KB per case
/// (see docs/performance.md, <c>mycase-layers</c>). The request is the one <see cref="IMyCaseApi.ListCasesAsync"/>
/// sends. Each page carries one item: its records.
/// </summary>
internal sealed class MyCaseCasePages(IHttpClientFactory httpClientFactory, MyCaseSettings settings)
{
    private const string Endpoint = "GET /v1/cases";

    /// <summary>
    /// The page for <paramref name="pageToken"/> (null for the first), errors translated as every MyCase call's. The
    /// caller disposes the page's records.
    /// </summary>
    public Task<Page<MyCaseCaseRecords>> FetchAsync(int pageSize, string? updatedAfter, string? pageToken, Action<long?>? onPage, CancellationToken cancellationToken) =>
        MyCaseCall.RunAsync(Endpoint, ct => ReadAsync(RelativeUri(pageSize, updatedAfter, pageToken), pageSize, onPage, ct), cancellationToken);

    /// <summary>The path and query, in the order and spelling Refit gives <see cref="IMyCaseApi.ListCasesAsync"/>'s.</summary>
    internal static string RelativeUri(int pageSize, string? updatedAfter, string? pageToken)
    {
        var query = new List<string> { Pair("page_size", pageSize.ToString(System.Globalization.CultureInfo.InvariantCulture)) };
        if (updatedAfter is not null)
        {
            query.Add(Pair("filter[updated_after]", updatedAfter));
        }

        query.Add(Pair("field[client]", MyCaseMapper.ClientFields));
        if (pageToken is not null)
        {
            query.Add(Pair("page_token", pageToken));
        }

        return "v1/cases?" + string.Join('&', query);
    }

    private static string Pair(string name, string value) => Uri.EscapeDataString(name) + "=" + Uri.EscapeDataString(value);

    private async Task<Page<MyCaseCaseRecords>> ReadAsync(string relativeUri, int pageSize, Action<long?>? onPage, CancellationToken cancellationToken)
    {
        var client = httpClientFactory.CreateClient(MyCaseSettings.ApiClientNameFor(settings.Key));
        using var request = new HttpRequestMessage(HttpMethod.Get, Absolute(client.BaseAddress, relativeUri));
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
        if (!response.IsSuccessStatusCode)
        {
            // Read under the options' byte cap: the shared ErrorBodyLimitHandler bounded it.
            var error = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
            throw ConnectorErrors.FromStatus(
                Endpoint,
                response.StatusCode,
                MyCaseCall.Vendor,
                MyCaseCall.CredentialsHint,
                MyCaseCall.Detail(error),
                response.Headers.TryGetValues("X-Request-Id", out var ids) ? ids.FirstOrDefault() : null,
                Shared.RetryAfterHeader.Read(response.Headers, TimeProvider.System));
        }

        var body = await PooledBody.ReadAsync(response.Content, cancellationToken).ConfigureAwait(false);
        var records = MyCaseCaseRecords.Open(body, pageSize);
        var (next, total) = MyCasePaging.ReadHeaders(response.Headers, onPage);
        return new Page<MyCaseCaseRecords>([records], next, total);
    }

    // As Refit joins them: the base address's path, then the endpoint's (the base may or may not end in a slash).
    private static Uri Absolute(Uri? baseAddress, string relativeUri) =>
        baseAddress is null
            ? throw new Core.ConnectorConfigurationException("The MyCase API client has no base address.")
            : new Uri(baseAddress.AbsoluteUri.TrimEnd('/') + "/" + relativeUri);
}
