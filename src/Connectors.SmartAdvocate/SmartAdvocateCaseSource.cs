using System.Globalization;
using System.Runtime.CompilerServices;

using Connectors.Core.Http;
using Connectors.Core.Model;
using Connectors.Core.Sources;
using Connectors.Core.Windows;
using Connectors.Shared;
using Connectors.SmartAdvocate.Http;
using Connectors.SmartAdvocate.Models;

namespace Connectors.SmartAdvocate;

/// <summary>
/// SmartAdvocate cases as Core cases, read from CaseSyncAPI's <c>case/CaseInfo</c>: status (or a configured
/// sub-status) as the stage, the primary plaintiff as the client, case type and/or office as the practice area.
/// CaseInfo has no date filter and no paging: one call returns every case matching
/// <see cref="SmartAdvocateOptions.CaseNumberPattern"/>, filtered here to the window by the case's latest date. A read
/// is reported complete (<see cref="SourceReadReport"/>) only for the unbounded window with the match-all pattern
/// (<c>%</c>) when no case was left out.
/// </summary>
public sealed class SmartAdvocateCaseSource : ICaseSource
{
    private readonly ISmartAdvocateCaseSyncApi _api;
    private readonly SmartAdvocateFirmOptions _options;

    internal SmartAdvocateCaseSource(ISmartAdvocateCaseSyncApi api, SmartAdvocateFirmOptions options)
    {
        _api = api;
        _options = options;
    }

    /// <inheritdoc />
    public string SourceSystem => _options.Current.SourceSystem;

    /// <inheritdoc />
    /// <remarks>Cases with no date at all are read in every window rather than dropped.</remarks>
    public IAsyncEnumerable<SourceCase> ReadCasesAsync(SyncWindow window, CancellationToken cancellationToken = default) =>
        ReadSnapshotAsync(window, new SourceReadReport(), cancellationToken);

    /// <inheritdoc />
    /// <remarks>
    /// Cases with no date at all are read in every window rather than dropped. CaseInfo answers every case of the
    /// pattern and the window is applied here, so the read is complete only for <see cref="SyncWindow.Unbounded"/>, the
    /// pattern <c>%</c>, and no case dropped.
    /// </remarks>
    public async IAsyncEnumerable<SourceCase> ReadSnapshotAsync(
        SyncWindow window,
        SourceReadReport report,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(report);
        cancellationToken.ThrowIfCancellationRequested();
        var options = _options.Current;
        SmartAdvocateTelemetry.Instance.AddSourceSystem(options.SourceSystem); // the name is configurable: plans for it count here
        // One answer holds every case, so it is read as a stream, one case at a time, never whole. An answer lost or
        // unreadable before its first case is read again, as a page would be; after that, the read fails (the cases
        // already yielded would come twice).
        for (var attempt = 1; ; attempt++)
        {
            var answer = await RepeatableRead.RunAsync(
                c => CaseInfoStream.OpenAsync(_api, options.CaseNumberPattern, options.AddContactInfo, c), cancellationToken)
                    .ConfigureAwait(false);
            ConnectorApiException? failure = null;
            var yielded = 0;
            var dropped = 0;
            var records = CaseInfoStream.ReadAsync(answer, options.MaxCaseBytes, cancellationToken).GetAsyncEnumerator(cancellationToken);
            await using (records.ConfigureAwait(false))
            {
                while (true)
                {
                    SmartAdvocateCaseInfo info;
                    try
                    {
                        if (!await records.MoveNextAsync().ConfigureAwait(false))
                        {
                            break;
                        }

                        info = records.Current;
                    }
                    catch (ConnectorApiException ex)
                    {
                        failure = ex;
                        break;
                    }

                    var updatedAt = SmartAdvocateMapper.UpdatedAt(info);
                    if (updatedAt == NodaTime.Instant.MinValue || window.Contains(updatedAt))
                    {
                        SmartAdvocateTelemetry.Instance.CasesRead.Add(1);
                        yielded++;
                        yield return SmartAdvocateMapper.ToSourceCase(info, options);
                    }
                    else
                    {
                        dropped++;
                    }
                }
            }

            if (failure is null)
            {
                ReportRead(report, window, options.CaseNumberPattern, dropped);
                yield break;
            }

            if (yielded > 0 || attempt >= RepeatableRead.Attempts || !RepeatableRead.IsWorthRereading(failure))
            {
                throw failure;
            }
        }
    }

    private static void ReportRead(SourceReadReport report, SyncWindow window, string pattern, int dropped)
    {
        if (!string.Equals(pattern, "%", StringComparison.Ordinal))
        {
            report.ReportLeftOut($"CaseInfo was read for the case numbers matching '{pattern}', not every case.");
        }

        if (dropped > 0)
        {
            report.ReportLeftOut(string.Create(CultureInfo.InvariantCulture,
                $"{dropped} cases dated outside the window {window} were left out."));
        }

        report.ReportComplete(window);
    }

    /// <inheritdoc />
    /// <remarks>
    /// CaseInfo is searched by case number, not by id: this reads the cases matching
    /// <see cref="SmartAdvocateOptions.CaseNumberPattern"/> and picks the one with the id.
    /// </remarks>
    public async Task<SourceCase?> ReadCaseAsync(string sourceId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(sourceId);
        if (!long.TryParse(sourceId, NumberStyles.Integer, CultureInfo.InvariantCulture, out var caseId))
        {
            return null;
        }

        var options = _options.Current;
        // One answer holds every case: it is read one case at a time (each up to MaxCaseBytes) until the one asked for,
        // never whole; a lost or unreadable answer is read again, as a page would be.
        var info = await RepeatableRead.RunAsync(ct => FindAsync(caseId, options, ct), cancellationToken).ConfigureAwait(false);
        return info is null ? null : SmartAdvocateMapper.ToSourceCase(info, options);
    }

    private async Task<SmartAdvocateCaseInfo?> FindAsync(long caseId, SmartAdvocateOptions options, CancellationToken cancellationToken)
    {
        await foreach (var info in CaseInfoStream.ReadAsync(_api, options, options.AddContactInfo, cancellationToken).ConfigureAwait(false))
        {
            if (info.CaseId == caseId)
            {
                return info;
            }
        }

        return null;
    }
}
