using System.Runtime.CompilerServices;

using Connectors.CasePeer.Http;
using Connectors.Core.Http;
using Connectors.Core.Model;
using Connectors.Core.Sources;
using Connectors.Core.Windows;

using Microsoft.Extensions.Options;

using NodaTime.Text;

namespace Connectors.CasePeer;

/// <summary>
/// Reads CASEpeer cases ("Sync with CASEpeer") page by page as Core cases. Every case in the window is returned,
/// eligible or not: the planner skips the ineligible ones with a reason, so nothing disappears silently.
/// </summary>
public sealed class CasePeerCaseSource : ICaseSource
{
    private readonly ICasePeerApi _api;
    private readonly IOptionsMonitor<CasePeerOptions> _options;

    internal CasePeerCaseSource(ICasePeerApi api, IOptionsMonitor<CasePeerOptions> options)
    {
        _api = api;
        _options = options;
    }

    /// <inheritdoc />
    public string SourceSystem => CasePeerMapper.SourceSystem;

    /// <inheritdoc />
    public IAsyncEnumerable<SourceCase> ReadCasesAsync(SyncWindow window, CancellationToken cancellationToken = default) =>
        ReadSnapshotAsync(window, new SourceReadReport(), cancellationToken);

    /// <inheritdoc />
    /// <remarks>The window goes to CASEpeer; every page of it read is a complete read when the window is unbounded.</remarks>
    public async IAsyncEnumerable<SourceCase> ReadSnapshotAsync(
        SyncWindow window,
        SourceReadReport report,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(report);
        var after = window.Start == NodaTime.Instant.MinValue ? null : InstantPattern.ExtendedIso.Format(window.Start);
        var before = window.End == NodaTime.Instant.MaxValue ? null : InstantPattern.ExtendedIso.Format(window.End);
        var pages = CasePeerPages.ReadAllAsync(
            "GET /api/v1/cases",
            _options.CurrentValue.PageSize,
            (number, size, c) => _api.ListCasesAsync(number, size, after, before, c),
            cancellationToken);
        await foreach (var item in pages.ConfigureAwait(false))
        {
            CasePeerTelemetry.Instance.CasesRead.Add(1);
            yield return CasePeerMapper.ToSourceCase(item);
        }

        report.ReportComplete(window);
    }

    /// <inheritdoc />
    public async Task<SourceCase?> ReadCaseAsync(string sourceId, CancellationToken cancellationToken = default)
    {
        var id = CasePeerMapper.CaseId(sourceId);
        try
        {
            var item = await CasePeerCall.RunAsync("GET /api/v1/cases/{id}", c => _api.GetCaseAsync(id, c), cancellationToken)
                .ConfigureAwait(false);
            return CasePeerMapper.ToSourceCase(item);
        }
        catch (ConnectorNotFoundException)
        {
            return null;
        }
    }
}
