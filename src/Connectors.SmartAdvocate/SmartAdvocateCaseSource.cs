using System.Globalization;
using System.Net;
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
    /// One request: the case by its id (<c>GET /CaseSyncAPI/case/{caseID}</c>, a modelled route), never a scan of every
    /// case. CaseInfo itself searches by case number, not id, so only when that route answers 404 or 405 (no such case, or
    /// a tenant without the route) are the cases matching <see cref="SmartAdvocateOptions.CaseNumberPattern"/> read, one at a
    /// time, until the one with the id: that read settles which it was. A case whose number falls outside a pattern other
    /// than <c>%</c> is null, as the scan would find it.
    /// </remarks>
    public async Task<SourceCase?> ReadCaseAsync(string sourceId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(sourceId);
        if (!long.TryParse(sourceId, NumberStyles.Integer, CultureInfo.InvariantCulture, out var caseId))
        {
            return null;
        }

        var options = _options.Current;
        var (answered, info) = await RepeatableRead.RunAsync(ct => ReadByIdAsync(caseId, options, ct), cancellationToken)
            .ConfigureAwait(false);
        if (!answered)
        {
            // One answer holds every case: it is read one case at a time (each up to MaxCaseBytes) until the one asked
            // for, never whole; a lost or unreadable answer is read again, as a page would be.
            info = await RepeatableRead.RunAsync(ct => FindAsync(caseId, options, ct), cancellationToken).ConfigureAwait(false);
        }
        else if (info is { ReadError: null } && !InPattern(info.CaseNumber, options.CaseNumberPattern))
        {
            info = null;
        }

        return info is null ? null : SmartAdvocateMapper.ToSourceCase(info, options);
    }

    private async Task<(bool Answered, SmartAdvocateCaseInfo? Info)> ReadByIdAsync(
        long caseId,
        SmartAdvocateOptions options,
        CancellationToken cancellationToken)
    {
        try
        {
            return (true, await CaseInfoStream.ReadOneAsync(_api, caseId, options, cancellationToken).ConfigureAwait(false));
        }
        catch (ConnectorApiException ex) when (ex.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.MethodNotAllowed)
        {
            return (false, null);
        }
    }

    /// <summary>CaseInfo's <c>Casenumber</c> match: SQL LIKE with <c>%</c> as the only wildcard, ignoring case.</summary>
    internal static bool InPattern(string? caseNumber, string pattern)
    {
        if (string.Equals(pattern, "%", StringComparison.Ordinal))
        {
            return true;
        }

        var parts = pattern.Split('%');
        var text = caseNumber ?? "";
        if (!text.StartsWith(parts[0], StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var at = parts[0].Length;
        for (var i = 1; i < parts.Length - 1; i++)
        {
            var found = text.IndexOf(parts[i], at, StringComparison.OrdinalIgnoreCase);
            if (found < 0)
            {
                return false;
            }

            at = found + parts[i].Length;
        }

        return parts.Length == 1
            ? text.Length == parts[0].Length
            : text.Length - at >= parts[^1].Length && text.EndsWith(parts[^1], StringComparison.OrdinalIgnoreCase);
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
