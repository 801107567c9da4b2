using Connectors.Core.Model;
using Connectors.Core.Windows;

namespace Connectors.Core.Sources;

/// <summary>A case-management system read as Core cases. Each connector implements it over its vendor API.</summary>
public interface ICaseSource
{
    /// <summary>The source system name used in every <see cref="CaseKey"/> this source produces.</summary>
    string SourceSystem { get; }

    /// <summary>
    /// Reads the cases updated inside <paramref name="window"/>, lazily, page by page: only one page is held in
    /// memory. Records the source cannot map are not silently dropped: they surface as cases the planner skips
    /// with a reason, or as an exception naming the endpoint.
    /// </summary>
    IAsyncEnumerable<SourceCase> ReadCasesAsync(SyncWindow window, CancellationToken cancellationToken = default);

    /// <summary>
    /// Reads the cases as <see cref="ReadCasesAsync(SyncWindow, CancellationToken)"/> does, as the snapshot a plan is
    /// made from, and reports in <paramref name="report"/> whether the read returned every case of the system
    /// (<see cref="SourceReadReport"/>): only then, for an unbounded window with no unreadable record, may the planner
    /// close a platform case absent from the read. The default reports nothing, so a source that does not implement
    /// it is never taken for complete.
    /// </summary>
    /// <param name="window">The window to read.</param>
    /// <param name="report">Filled in by the source as it reads; create one per read.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    IAsyncEnumerable<SourceCase> ReadSnapshotAsync(
        SyncWindow window,
        SourceReadReport report,
        CancellationToken cancellationToken = default) =>
        ReadCasesAsync(window, cancellationToken);

    /// <summary>Reads one case by its source id; null when the source has no such case.</summary>
    Task<SourceCase?> ReadCaseAsync(string sourceId, CancellationToken cancellationToken = default);
}
