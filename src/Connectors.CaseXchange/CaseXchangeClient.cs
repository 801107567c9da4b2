using System.Globalization;
using System.Runtime.CompilerServices;
using Connectors.CaseXchange.Http;
using Connectors.CaseXchange.Models;
using Connectors.CaseXchange.Referrals;
using Connectors.Core.Http;
using Microsoft.Extensions.Options;

namespace Connectors.CaseXchange;

/// <summary>
/// The Case Xchange Public API as the SDK uses it: envelopes unwrapped, lists streamed page by page, every failure a
/// Core exception carrying the API's code, message, field details and request id. Ids accept a UUID, a reference
/// number (<c>CX-PI-00142</c>), a CMS id or a Salesforce id. Writes carry an idempotency key reused on every attempt;
/// a write with a read-only key, or a status change the flow does not allow, fails before any request.
/// </summary>
public sealed class CaseXchangeClient
{
    private const int MaxMessageLength = 5000;
    private readonly ICaseXchangeApi _api;
    private readonly IOptionsMonitor<CaseXchangeOptions> _options;

    /// <summary>Creates the client over the registered Refit interface.</summary>
    public CaseXchangeClient(ICaseXchangeApi api, IOptionsMonitor<CaseXchangeOptions> options)
    {
        _api = api ?? throw new ArgumentNullException(nameof(api));
        _options = options ?? throw new ArgumentNullException(nameof(options));
    }

    /// <summary>Checks the key: <c>GET /firms/me</c> answers with the firm the key belongs to.</summary>
    public async Task<CxFirm> CheckKeyAsync(CancellationToken cancellationToken = default) =>
        Unwrap("GET /firms/me", await CaseXchangeCall.RunAsync("GET /firms/me", _api.GetMyFirmAsync, cancellationToken).ConfigureAwait(false));

    /// <summary>Every sent case, optionally of one status, one page in memory at a time.</summary>
    public IAsyncEnumerable<CxSentCase> ReadSentCasesAsync(ReferralStatus? status = null, CancellationToken cancellationToken = default) =>
        ReadAllAsync("GET /sent-cases", (page, limit, ct) => _api.ListSentCasesAsync(page, limit, status?.Value, ct), cancellationToken);

    /// <summary>One sent case.</summary>
    public async Task<CxSentCase> GetSentCaseAsync(string id, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        return Unwrap("GET /sent-cases/{id}", await CaseXchangeCall.RunAsync("GET /sent-cases/{id}", ct => _api.GetSentCaseAsync(id, ct), cancellationToken).ConfigureAwait(false));
    }

    /// <summary>
    /// Creates a draft. <paramref name="idempotencyKey"/> makes a repeat of the same call (after a crash, say) return the
    /// first draft; without one, a key is made for this call and reused on its retries.
    /// </summary>
    public async Task<CxSentCase> CreateDraftAsync(CxCreateSentCase draft, string? idempotencyKey = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(draft);
        var problems = new List<string>();
        Require(problems, draft.Title, "title");
        Require(problems, draft.CaseType, "caseType");
        Require(problems, draft.Jurisdiction, "jurisdiction");
        if (problems.Count > 0)
        {
            throw new ConnectorValidationException("POST /sent-cases", problems);
        }

        var key = idempotencyKey ?? Guid.NewGuid().ToString("N");
        return Unwrap("POST /sent-cases", await WriteAsync("POST /sent-cases", ct => _api.CreateDraftAsync(draft, key, ct), null, cancellationToken).ConfigureAwait(false));
    }

    /// <summary>
    /// Refers a draft to a firm. The case is read first: a case already sent to that firm is returned as it is (a
    /// repeat is harmless), and a case that is not a draft is refused with <see cref="ReferralTransitionException"/>.
    /// </summary>
    public async Task<CxSentCase> ReferAsync(string id, string receivingFirmId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        ArgumentException.ThrowIfNullOrWhiteSpace(receivingFirmId);
        var current = await GetSentCaseAsync(id, cancellationToken).ConfigureAwait(false);
        if (current.Status == ReferralStatus.Sent && string.Equals(current.ReceivingFirmId, receivingFirmId, StringComparison.Ordinal))
        {
            return current;
        }

        ReferralStateMachine.EnsureAllowed(current.Status, ReferralStatus.Sent);
        var key = string.Create(CultureInfo.InvariantCulture, $"refer:{current.Id}:{receivingFirmId}");
        var change = new StatusChange(current.Status, ReferralStatus.Sent);
        return Unwrap("POST /sent-cases/{id}/refer",
            await WriteAsync("POST /sent-cases/{id}/refer", ct => _api.ReferAsync(current.Id, new CxReferRequest(receivingFirmId), key, ct), change, cancellationToken).ConfigureAwait(false));
    }

    /// <summary>Every received referral, optionally of one status, one page in memory at a time.</summary>
    public IAsyncEnumerable<CxReceivedReferral> ReadReceivedReferralsAsync(ReferralStatus? status = null, CancellationToken cancellationToken = default) =>
        ReadAllAsync("GET /received-referrals", (page, limit, ct) => _api.ListReceivedReferralsAsync(page, limit, status?.Value, ct), cancellationToken);

    /// <summary>One received referral.</summary>
    public async Task<CxReceivedReferral> GetReceivedReferralAsync(string id, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        return Unwrap("GET /received-referrals/{id}",
            await CaseXchangeCall.RunAsync("GET /received-referrals/{id}", ct => _api.GetReceivedReferralAsync(id, ct), cancellationToken).ConfigureAwait(false));
    }

    /// <summary>
    /// Sends a message on a referral, optionally asking for a status. With a requested status, the referral is read
    /// first (as a sent case, else as a received referral) and a transition the flow does not allow is refused before
    /// sending; the server's 409 is the same <see cref="ReferralTransitionException"/>.
    /// </summary>
    public async Task<CxMessageReceipt> SendMessageAsync(CaseXchangeMessage message, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentException.ThrowIfNullOrWhiteSpace(message.ReferralId, nameof(message));
        if (message.Text is not { Length: >= 1 and <= MaxMessageLength } || string.IsNullOrWhiteSpace(message.Text))
        {
            throw new ConnectorValidationException("POST /messages/send", [$"A message must have 1 to {MaxMessageLength} characters (it has {message.Text?.Length ?? 0})."]);
        }

        StatusChange? change = null;
        if (message.RequestedStatus is { } requested)
        {
            var from = await CurrentStatusAsync(message.ReferralId, cancellationToken).ConfigureAwait(false);
            ReferralStateMachine.EnsureAllowed(from, requested, message.ClosingStatus);
            change = new StatusChange(from, requested);
        }

        var body = new CxSendMessage(message.ReferralId, message.Text, message.RequestedStatus, message.ClosingStatus?.Value);
        var key = message.IdempotencyKey ?? Guid.NewGuid().ToString("N");
        return Unwrap("POST /messages/send", await WriteAsync("POST /messages/send", ct => _api.SendMessageAsync(body, key, ct), change, cancellationToken).ConfigureAwait(false));
    }

    /// <summary>The case types (<c>GET /case-types</c>).</summary>
    public async Task<IReadOnlyList<CxNamed>> ListCaseTypesAsync(CancellationToken cancellationToken = default) =>
        Unwrap("GET /case-types", await CaseXchangeCall.RunAsync("GET /case-types", _api.ListCaseTypesAsync, cancellationToken).ConfigureAwait(false));

    /// <summary>The jurisdictions (<c>GET /jurisdictions</c>).</summary>
    public async Task<IReadOnlyList<CxNamed>> ListJurisdictionsAsync(CancellationToken cancellationToken = default) =>
        Unwrap("GET /jurisdictions", await CaseXchangeCall.RunAsync("GET /jurisdictions", _api.ListJurisdictionsAsync, cancellationToken).ConfigureAwait(false));

    private async Task<ReferralStatus> CurrentStatusAsync(string id, CancellationToken cancellationToken)
    {
        try
        {
            return (await GetSentCaseAsync(id, cancellationToken).ConfigureAwait(false)).Status;
        }
        catch (ConnectorNotFoundException)
        {
            return (await GetReceivedReferralAsync(id, cancellationToken).ConfigureAwait(false)).Status;
        }
    }

    private Task<CxEnvelope<T>> WriteAsync<T>(string endpoint, Func<CancellationToken, Task<CxEnvelope<T>>> write, StatusChange? change, CancellationToken cancellationToken) =>
        RepeatableWrite.SendAsync(_options.CurrentValue.WriteAttempts, ct => CaseXchangeCall.RunAsync(endpoint, write, ct, change), cancellationToken);

    private async IAsyncEnumerable<T> ReadAllAsync<T>(
        string endpoint,
        Func<int, int, CancellationToken, Task<CxEnvelope<List<T>>>> list,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var limit = _options.CurrentValue.PageSize;
        var pages = Paginator.ReadAllAsync<T>(
            async (cursor, ct) =>
            {
                var number = cursor is null ? 1 : int.Parse(cursor, CultureInfo.InvariantCulture);
                var envelope = await CaseXchangeCall.RunAsync(endpoint, async c =>
                {
                    var answer = await list(number, limit, c).ConfigureAwait(false);
                    Paginator.EnsureWithinPageSize(endpoint, answer is { Data: { } data } ? data.Count : 0, limit);
                    return answer;
                }, ct).ConfigureAwait(false);
                CaseXchangeTelemetry.Instance.Pages.Add(1);
                var items = envelope.Data ?? [];
                var more = envelope.Pagination is { } p ? p.Page < p.TotalPages : items.Count >= limit;
                return new Page<T>(items, more && items.Count > 0 ? (number + 1).ToString(CultureInfo.InvariantCulture) : null, envelope.Pagination?.Total);
            },
            cancellationToken: cancellationToken);
        await foreach (var item in pages.ConfigureAwait(false))
        {
            CaseXchangeTelemetry.Instance.CasesRead.Add(1);
            yield return item;
        }
    }

    private static T Unwrap<T>(string endpoint, CxEnvelope<T> envelope) =>
        envelope.Data ?? throw new ConnectorResponseFormatException(endpoint, null, $"{endpoint} answered without a 'data' member; nothing from that answer was used.");

    private static void Require(List<string> problems, string? value, string field)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            problems.Add($"'{field}' is required to create a draft.");
        }
    }
}
