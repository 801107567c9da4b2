using Connectors.MyCase.Http;
using Connectors.MyCase.Models;

using Microsoft.Extensions.Options;

namespace Connectors.MyCase;

/// <summary>
/// The firm's reference data in MyCase: case stages and practice areas (to line up the platform's stage catalog and
/// mappings; MyCase matches both by name without regard to case), staff, and the firm itself.
/// </summary>
public sealed class MyCaseFirmCatalog
{
    private readonly IMyCaseApi _api;
    private readonly MyCaseSettings _options;

    /// <summary>Creates the catalog over the registered client.</summary>
    public MyCaseFirmCatalog(IMyCaseApi api, IOptionsMonitor<MyCaseOptions> options)
        : this(api, new MyCaseSettings(options))
    {
    }

    internal MyCaseFirmCatalog(IMyCaseApi api, MyCaseSettings options)
    {
        _api = api;
        _options = options;
    }

    /// <summary>Every case stage (<c>GET /v1/case_stages</c>, all pages).</summary>
    public IAsyncEnumerable<MyCaseNamedItem> ReadCaseStagesAsync(CancellationToken cancellationToken = default) =>
        MyCasePaging.ReadAllAsync(
            "GET /v1/case_stages",
            (token, ct) => _api.ListCaseStagesAsync(_options.Current.PageSize, token, ct),
            null,
            cancellationToken);

    /// <summary>Every practice area (<c>GET /v1/practice_areas</c>, all pages).</summary>
    public IAsyncEnumerable<MyCaseNamedItem> ReadPracticeAreasAsync(CancellationToken cancellationToken = default) =>
        MyCasePaging.ReadAllAsync(
            "GET /v1/practice_areas",
            (token, ct) => _api.ListPracticeAreasAsync(_options.Current.PageSize, token, ct),
            null,
            cancellationToken);

    /// <summary>Every staff member (<c>GET /v1/staff</c>, all pages); <paramref name="status"/> is <c>active</c>, <c>inactive</c> or null
    /// for both.</summary>
    public IAsyncEnumerable<MyCaseStaff> ReadStaffAsync(string? status = null, CancellationToken cancellationToken = default) =>
        MyCasePaging.ReadAllAsync(
            "GET /v1/staff",
            (token, ct) => _api.ListStaffAsync(_options.Current.PageSize, status, token, ct),
            null,
            cancellationToken);

    /// <summary>The firm (<c>GET /v1/firm</c>).</summary>
    public Task<MyCaseFirm> ReadFirmAsync(CancellationToken cancellationToken = default) =>
        MyCaseCall.RunAsync("GET /v1/firm", _api.GetFirmAsync, cancellationToken);
}
