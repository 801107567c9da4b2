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

    /// <summary>Reads one case by its source id; null when the source has no such case.</summary>
    Task<SourceCase?> ReadCaseAsync(string sourceId, CancellationToken cancellationToken = default);
}
