using System.Runtime.CompilerServices;

using Connectors.Core.Http;
using Connectors.Core.Model;
using Connectors.Core.Sources;
using Connectors.Core.Windows;
using Connectors.MyCase.Http;
using Connectors.MyCase.Models;

using Microsoft.Extensions.Options;

namespace Connectors.MyCase;

/// <summary>
/// Reads MyCase cases as Core cases: <c>GET /v1/cases</c> with <c>filter[updated_after]</c> from the window's start
/// (10 years on a first sync, 12 months after, with Core's <see cref="RollingLookBackWindowPolicy"/>), the clients'
/// names and cell phones through <c>field[client]</c> (a client that comes back with its id only is read with
/// <c>GET /v1/clients/{id}</c>), and the lead lawyer's email from <c>GET /v1/staff</c>. Every case in the window is
/// handed on, complete or not, so the planner lists the reasons a case is skipped.
/// </summary>
public sealed class MyCaseCaseSource : ICaseSource
{
    private readonly IMyCaseApi _api;
    private readonly MyCaseCasePages _casePages;
    private readonly MyCaseSettings _options;

    /// <summary>Creates the source over the registered client.</summary>
    /// <param name="api">The registered MyCase client; case pages are streamed through it too.</param>
    /// <param name="options">The MyCase options.</param>
    public MyCaseCaseSource(IMyCaseApi api, IOptionsMonitor<MyCaseOptions> options)
        : this(api, new MyCaseSettings(options))
    {
    }

    internal MyCaseCaseSource(IMyCaseApi api, MyCaseSettings options)
    {
        _api = api;
        _casePages = new MyCaseCasePages(api);
        _options = options;
    }

    /// <inheritdoc />
    public string SourceSystem => MyCaseMapper.SourceSystem;

    /// <inheritdoc />
    public IAsyncEnumerable<SourceCase> ReadCasesAsync(SyncWindow window, CancellationToken cancellationToken = default) =>
        ReadCasesWithProgressAsync(window, null, cancellationToken);

    /// <inheritdoc />
    /// <remarks>Only the window's start goes to MyCase; every page of it read is a complete read when the window is unbounded.</remarks>
    public IAsyncEnumerable<SourceCase> ReadSnapshotAsync(
        SyncWindow window,
        SourceReadReport report,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(report);
        return ReadAsync(window, null, report, cancellationToken);
    }

    /// <summary>As <see cref="ReadCasesAsync(SyncWindow, CancellationToken)"/>, reporting progress after each case.</summary>
    /// <param name="window">The window; only its start goes to MyCase (<c>filter[updated_after]</c>, inclusive).</param>
    /// <param name="progress">Receives the count read and MyCase's <c>Item-Count</c>.</param>
    /// <param name="cancellationToken">Cancels between and during requests.</param>
    public IAsyncEnumerable<SourceCase> ReadCasesWithProgressAsync(
        SyncWindow window,
        IProgress<MyCaseReadProgress>? progress,
        CancellationToken cancellationToken = default) =>
        ReadAsync(window, progress, null, cancellationToken);

    private async IAsyncEnumerable<SourceCase> ReadAsync(
        SyncWindow window,
        IProgress<MyCaseReadProgress>? progress,
        SourceReadReport? report,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var staff = await ReadStaffEmailsAsync(cancellationToken).ConfigureAwait(false);
        var clients = new Dictionary<long, MyCaseMappedClient>();
        var updatedAfter = window.Start == NodaTime.Instant.MinValue ? null : MyCaseMapper.FormatInstant(window.Start);
        var size = _options.Current.PageSize;
        long total = -1; // MyCase's Item-Count once a page said it; set while the page read ahead arrives
        long read = 0;
        void OnPage(long? count)
        {
            if (count is { } known)
            {
                Interlocked.Exchange(ref total, known);
            }
        }

        var pages = MyCasePaging.ReadPagesAsync(
            (token, ct) => _casePages.FetchAsync(size, updatedAfter, token, OnPage, ct),
            cancellationToken);
        await foreach (var records in pages.ConfigureAwait(false))
        {
            using var page = records;
            while (page.TryRead(out var item))
            {
                if (item.ReadError is not null)
                {
                    // Skipped downstream with its reason; nothing of it is worth a request.
                    progress?.Report(Progress(++read, Interlocked.Read(ref total)));
                    yield return MyCaseMapper.ToSourceCase(item, null, null);
                    continue;
                }

                var client = await ResolveClientAsync(item, clients, cancellationToken).ConfigureAwait(false);
                var lead = MyCaseMapper.LeadLawyerId(item) is { } leadId ? staff.GetValueOrDefault(leadId) : null;
                MyCaseTelemetry.Instance.CasesRead.Add(1);
                progress?.Report(Progress(++read, Interlocked.Read(ref total)));
                yield return MyCaseMapper.ToSourceCase(item, client, lead);
            }
        }

        report?.ReportComplete(window);
    }

    /// <inheritdoc />
    /// <param name="sourceId">The MyCase case id.</param>
    /// <param name="cancellationToken">Cancels the requests.</param>
    public async Task<SourceCase?> ReadCaseAsync(string sourceId, CancellationToken cancellationToken = default)
    {
        if (!MyCaseCaseUrl.TryParseCaseId(sourceId, out var id) || sourceId.Trim().Contains('/', StringComparison.Ordinal))
        {
            throw new ArgumentException($"'{sourceId}' is not a MyCase case id (a positive number).", nameof(sourceId));
        }

        MyCaseCase item;
        try
        {
            item = await MyCaseCall.RunAsync(
                "GET /v1/cases/{id}",
                ct => _api.GetCaseAsync(id, MyCaseMapper.ClientFields, ct),
                cancellationToken).ConfigureAwait(false);
        }
        catch (ConnectorNotFoundException)
        {
            return null;
        }

        return await MapOneAsync(MyCaseMappedCase.From(item), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Imports one case by what a user pasted: a MyCase case URL or a bare case id (the integration id). Null when
    /// MyCase has no such case.
    /// </summary>
    /// <exception cref="ConnectorValidationException">The text holds no case id; nothing was sent.</exception>
    public Task<SourceCase?> ImportAsync(string caseUrlOrId, CancellationToken cancellationToken = default)
    {
        var id = MyCaseCaseUrl.ParseCaseId(caseUrlOrId);
        return ReadCaseAsync(id.ToString(System.Globalization.CultureInfo.InvariantCulture), cancellationToken);
    }

    /// <summary>The cases of one client (<c>GET /v1/clients/{id}/cases</c>), as after a client webhook.</summary>
    public async IAsyncEnumerable<SourceCase> ReadClientCasesAsync(
        long clientId,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var cases = MyCasePaging.ReadAllAsync(
            "GET /v1/clients/{id}/cases",
            (token, ct) => _api.ListClientCasesAsync(clientId, token, ct),
            null,
            cancellationToken);
        await foreach (var item in cases.ConfigureAwait(false))
        {
            if (item.Id <= 0)
            {
                // Without a usable id the case cannot be read again: it is handed on to be skipped with the reason.
                yield return MyCaseMapper.Unreadable(item.Id, item.ReadError ?? "The client's case list named a case without a usable id.");
                continue;
            }

            // The list may carry client ids only; the one-case read fills names and phones in (a record the list could not
            // read is read again in full).
            if (await ReadCaseAsync(
                item.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
                cancellationToken).ConfigureAwait(false) is { } mapped)
            {
                yield return mapped;
            }
        }
    }

    private async Task<SourceCase> MapOneAsync(MyCaseMappedCase item, CancellationToken cancellationToken)
    {
        var client = await ResolveClientAsync(item, [], cancellationToken).ConfigureAwait(false);
        string? lead = null;
        if (MyCaseMapper.LeadLawyerId(item) is { } leadId)
        {
            try
            {
                lead = (await MyCaseCall.RunAsync(
                    "GET /v1/staff/{id}",
                    ct => _api.GetStaffAsync(leadId, ct),
                    cancellationToken).ConfigureAwait(false)).Email;
            }
            catch (ConnectorNotFoundException)
            {
                lead = null; // a removed staff member: the planner reports the missing attorney
            }
        }

        return MyCaseMapper.ToSourceCase(item, client, lead);
    }

    // Most cases carry their client's fields (field[client]); only an id-only client costs a request, so the common
    // path completes without allocating a task.
    private ValueTask<MyCaseMappedClient?> ResolveClientAsync(
        MyCaseMappedCase item,
        Dictionary<long, MyCaseMappedClient> cache,
        CancellationToken cancellationToken)
    {
        var client = MyCaseMapper.PrimaryClient(item);
        if (client is null || !MyCaseMapper.HasOnlyId(client))
        {
            return ValueTask.FromResult(client);
        }

        return cache.TryGetValue(client.Id, out var known)
            ? ValueTask.FromResult<MyCaseMappedClient?>(known)
            : new ValueTask<MyCaseMappedClient?>(ReadClientAsync(client, cache, cancellationToken));
    }

    private async Task<MyCaseMappedClient?> ReadClientAsync(
        MyCaseMappedClient client,
        Dictionary<long, MyCaseMappedClient> cache,
        CancellationToken cancellationToken)
    {
        try
        {
            var full = await MyCaseCall.RunAsync(
                "GET /v1/clients/{id}",
                ct => _api.GetClientAsync(client.Id, ct),
                cancellationToken).ConfigureAwait(false);
            return cache[client.Id] = MyCaseMappedClient.From(full);
        }
        catch (ConnectorNotFoundException)
        {
            return client;
        }
    }

    private static MyCaseReadProgress Progress(long read, long total) => new(read, total < 0 ? null : total);

    private async Task<Dictionary<long, string?>> ReadStaffEmailsAsync(CancellationToken cancellationToken)
    {
        var emails = new Dictionary<long, string?>();
        var size = _options.Current.PageSize;
        var staff = MyCasePaging.ReadAllAsync(
            "GET /v1/staff",
            (token, ct) => _api.ListStaffAsync(size, null, token, ct),
            null,
            cancellationToken);
        await foreach (var member in staff.ConfigureAwait(false))
        {
            emails[member.Id] = member.Email;
        }

        return emails;
    }
}
