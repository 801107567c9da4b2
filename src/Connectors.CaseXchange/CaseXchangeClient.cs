using System.Globalization;
using System.Net;
using System.Runtime.CompilerServices;

using Connectors.CaseXchange.Http;
using Connectors.CaseXchange.Models;
using Connectors.CaseXchange.Plans;
using Connectors.CaseXchange.Referrals;
using Connectors.Core.Http;
using Connectors.Shared;

using Microsoft.Extensions.Options;

namespace Connectors.CaseXchange;

/// <summary>
/// The Case Xchange Public API as the SDK uses it: envelopes unwrapped, lists streamed page by page, every failure a
/// Core exception carrying the API's code, message, field details and request id. Ids accept a UUID, a reference number
/// (<c>CX-PI-00142</c>), a CMS id or a Salesforce id. Writes carry an idempotency key reused on every attempt; a write
/// with a read-only key, or a status change the flow does not allow, fails before any request. Registered by
/// <c>AddCaseXchange</c> / <c>AddKeyedCaseXchange</c>, which build it.
/// </summary>
public sealed class CaseXchangeClient
{
    private const int MaxMessageLength = 5000;
    private readonly ICaseXchangeApi _api;
    private readonly IOptionsMonitor<CaseXchangeOptions> _options;

    internal CaseXchangeClient(ICaseXchangeApi api, IOptionsMonitor<CaseXchangeOptions> options)
    {
        _api = api ?? throw new ArgumentNullException(nameof(api));
        _options = options ?? throw new ArgumentNullException(nameof(options));
    }

    /// <summary>Checks the key: <c>GET /firms/me</c> answers with the firm the key belongs to.</summary>
    public Task<CaseXchangeFirm> CheckKeyAsync(CancellationToken cancellationToken = default) =>
        ReadAsync("GET /firms/me", _api.GetMyFirmAsync, cancellationToken);

    /// <summary>Every sent case, optionally of one status, one page in memory at a time.</summary>
    public IAsyncEnumerable<CaseXchangeSentCase> ReadSentCasesAsync(
        ReferralStatus? status = null, CancellationToken cancellationToken = default) =>
        ReadAllAsync(
            "GET /sent-cases", (page, limit, ct) => _api.ListSentCasesAsync(page, limit, status?.Value, ct), cancellationToken);

    /// <summary>
    /// Every sent case with the CRM record it was sent from, for the CRM write-back: the vendor's list fields do not
    /// include <c>salesforceRecordId</c>, so an item the list gives without it is read by itself
    /// (<c>GET /sent-cases/{id}</c>), which carries it for a case sent from the CRM. Items that have it are not read again.
    /// </summary>
    public async IAsyncEnumerable<CaseXchangeSentCase> ReadSentCasesWithCrmIdAsync(
        ReferralStatus? status = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await foreach (var item in ReadSentCasesAsync(status, cancellationToken).ConfigureAwait(false))
        {
            if (!string.IsNullOrWhiteSpace(item.SalesforceRecordId))
            {
                yield return item;
                continue;
            }

            var detail = await GetSentCaseAsync(item.Id, cancellationToken).ConfigureAwait(false);
            yield return string.IsNullOrWhiteSpace(detail.SalesforceRecordId)
                ? item
                : item with { SalesforceRecordId = detail.SalesforceRecordId };
        }
    }

    /// <summary>One sent case.</summary>
    public Task<CaseXchangeSentCase> GetSentCaseAsync(string id, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        return ReadAsync("GET /sent-cases/{id}", ct => _api.GetSentCaseAsync(id, ct), cancellationToken);
    }

    /// <summary>
    /// Creates a draft. The idempotency key is <paramref name="idempotencyKey"/>, else derived from the draft: its CRM
    /// record id (<see cref="CaseXchangeCreateSentCase.SalesforceRecordId"/>), else its CMS id, else a hash of its
    /// fields. So a repeat of the same call (after a crash, say) returns the first draft; to send the same CRM record as
    /// a new draft again (a re-referral), pass a new key. A draft whose answer was lost is looked for among the drafts by
    /// its CRM or CMS id before it is sent again.
    /// </summary>
    /// <exception cref="WriteOutcomeUnknownException">
    /// No usable answer came back and the draft could not be looked up (it has no CRM or CMS id, or the look failed).
    /// </exception>
    public async Task<CaseXchangeSentCase> CreateDraftAsync(
        CaseXchangeCreateSentCase draft, string? idempotencyKey = null, CancellationToken cancellationToken = default)
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

        const string endpoint = "POST /sent-cases";
        var key = idempotencyKey ?? CaseXchangeWriteKeys.Draft(draft);
        Func<CancellationToken, Task<CaseXchangeEnvelope<CaseXchangeSentCase>?>>? find =
            string.IsNullOrWhiteSpace(draft.SalesforceRecordId) && string.IsNullOrWhiteSpace(draft.CmsId)
                ? null
                : async ct => await FindDraftAsync(draft, ct).ConfigureAwait(false) is { } found ? Enveloped(found) : null;
        var answer = await WriteAsync(
            endpoint,
            ct => _api.CreateDraftAsync(draft, key, ct),
            null,
            find,
            "Look among the sent cases in draft for this CRM record before creating it again; repeating the same call reuses the same key.",
            cancellationToken).ConfigureAwait(false);
        return Unwrap(endpoint, answer);
    }

    /// <summary>
    /// Refers a draft to a firm. The case is read first: a case already sent to that firm is returned as it is (a
    /// repeat is harmless), and a case that is not a draft is refused with <see cref="ReferralTransitionException"/>.
    /// The key is derived from the draft and the firm; a referral whose answer was lost is read again before it is sent
    /// again.
    /// </summary>
    /// <exception cref="WriteOutcomeUnknownException">No usable answer came back and the case could not be read to tell.</exception>
    public async Task<CaseXchangeSentCase> ReferAsync(string id, string receivingFirmId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        ArgumentException.ThrowIfNullOrWhiteSpace(receivingFirmId);
        var current = await GetSentCaseAsync(id, cancellationToken).ConfigureAwait(false);
        if (IsSentTo(current, receivingFirmId))
        {
            return current;
        }

        ReferralStateMachine.EnsureAllowed(current.Status, ReferralStatus.Sent);
        const string endpoint = "POST /sent-cases/{id}/refer";
        var key = CaseXchangeWriteKeys.Refer(current.Id, receivingFirmId);
        var answer = await WriteAsync(
            endpoint,
            ct => _api.ReferAsync(current.Id, new CaseXchangeReferRequest(receivingFirmId), key, ct),
            new StatusChange(current.Status, ReferralStatus.Sent),
            async ct => await GetSentCaseAsync(current.Id, ct).ConfigureAwait(false) is { } now && IsSentTo(now, receivingFirmId)
                ? Enveloped(now)
                : null,
            $"Read sent case {current.Id} before referring it again; calling ReferAsync again is safe (it reads first).",
            cancellationToken).ConfigureAwait(false);
        return Unwrap(endpoint, answer);
    }

    /// <summary>
    /// Re-refers a rejected case to another firm: <c>POST /api/v1/cases/{id}/re-refer</c> creates a new referral of the
    /// case with the next sequence number. Only the firm that referred the case may re-refer it, and only to a firm it
    /// has an active relationship with; the server refuses otherwise. As the Salesforce integration requires, the
    /// re-referral starts from the first referral's destination record: <paramref name="firstMapping"/> must have a
    /// destination object that is the source object of one of <paramref name="mappings"/>
    /// (<see cref="ReReferralPlanner"/>), and <paramref name="destinationRecordId"/> is the record of that object the
    /// first referral created. The case is read first, and a re-referral the planner refuses fails before any request,
    /// with the planner's reason. The idempotency key is derived from the case, the firm and the record, so a repeat of
    /// the same call after a crash is answered with the first re-referral. A re-referral whose answer was lost is not
    /// sent again: a second new referral could result.
    /// </summary>
    /// <param name="id">The case (any id form); the referral that was rejected.</param>
    /// <param name="receivingFirmId">The firm to refer to now.</param>
    /// <param name="destinationRecordId">The CRM record the first referral created (of the destination object).</param>
    /// <param name="firstMapping">The mapping the first referral was sent through.</param>
    /// <param name="mappings">The firm's mappings.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <exception cref="ConnectorValidationException">The planner refuses: the case is not rejected, or no mapping starts
    /// from the first referral's destination object.</exception>
    /// <exception cref="WriteOutcomeUnknownException">No usable answer came back: the case may have been re-referred.</exception>
    public async Task<CaseXchangeReReferral> ReReferAsync(
        string id,
        string receivingFirmId,
        string destinationRecordId,
        CrmObjectMapping firstMapping,
        IReadOnlyList<CrmObjectMapping> mappings,
        CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        ArgumentException.ThrowIfNullOrWhiteSpace(receivingFirmId);
        ArgumentException.ThrowIfNullOrWhiteSpace(destinationRecordId);
        ArgumentNullException.ThrowIfNull(firstMapping);
        ArgumentNullException.ThrowIfNull(mappings);
        const string endpoint = "POST /api/v1/cases/{id}/re-refer";
        var current = await GetSentCaseAsync(id, cancellationToken).ConfigureAwait(false);
        var decision = ReReferralPlanner.Evaluate(current.Status, firstMapping, mappings);
        if (!decision.Allowed)
        {
            throw new ConnectorValidationException(endpoint, [decision.Reason]);
        }

        var key = CaseXchangeWriteKeys.ReRefer(current.Id, receivingFirmId, destinationRecordId);
        var body = new CaseXchangeReReferRequest(receivingFirmId, destinationRecordId, firstMapping.DestinationObject);
        var answer = await WriteAsync(
            endpoint,
            ct => _api.ReReferAsync(current.Id, body, key, ct),
            null,
            null,
            $"Look among the sent cases for CRM record {destinationRecordId} before re-referring case {current.Id} again; "
                + "repeating the same call sends the same idempotency key.",
            cancellationToken).ConfigureAwait(false);
        return Unwrap(endpoint, answer);
    }

    /// <summary>Every received referral, optionally of one status, one page in memory at a time.</summary>
    public IAsyncEnumerable<CaseXchangeReceivedReferral> ReadReceivedReferralsAsync(
        ReferralStatus? status = null, CancellationToken cancellationToken = default) =>
        ReadAllAsync(
            "GET /received-referrals",
            (page, limit, ct) => _api.ListReceivedReferralsAsync(page, limit, status?.Value, ct),
            cancellationToken);

    /// <summary>One received referral.</summary>
    public Task<CaseXchangeReceivedReferral> GetReceivedReferralAsync(string id, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        return ReadAsync("GET /received-referrals/{id}", ct => _api.GetReceivedReferralAsync(id, ct), cancellationToken);
    }

    /// <summary>
    /// Sends a message on a referral, optionally asking for a status. With a requested status, the referral is read
    /// first (as a sent case, else as a received referral) and a transition the flow does not allow is refused before
    /// sending; the server's 409 is the same <see cref="ReferralTransitionException"/>. The idempotency key is
    /// <see cref="CaseXchangeMessage.IdempotencyKey"/>, else derived from the referral, the text and the status asked
    /// for, so a repeat of the same call sends the same key (pass a key to send the same text twice on purpose).
    /// Case Xchange has no way to read messages back, so a message refused with a server error is sent again with its
    /// key, but one whose answer was lost (a timeout, a dropped connection) is not: the key's handling is unverified.
    /// </summary>
    /// <exception cref="WriteOutcomeUnknownException">
    /// No usable answer came back: the message may have been sent; it was not sent again.
    /// </exception>
    public async Task<CaseXchangeMessageReceipt> SendMessageAsync(
        CaseXchangeMessage message, CancellationToken cancellationToken = default) =>
        (await SendAsync(message, cancellationToken).ConfigureAwait(false)).Receipt;

    /// <summary>The case types (<c>GET /case-types</c>).</summary>
    public async Task<IReadOnlyList<CaseXchangeNamed>> ListCaseTypesAsync(CancellationToken cancellationToken = default) =>
        await ReadAsync("GET /case-types", _api.ListCaseTypesAsync, cancellationToken).ConfigureAwait(false);

    /// <summary>The jurisdictions (<c>GET /jurisdictions</c>).</summary>
    public async Task<IReadOnlyList<CaseXchangeNamed>> ListJurisdictionsAsync(CancellationToken cancellationToken = default) =>
        await ReadAsync("GET /jurisdictions", _api.ListJurisdictionsAsync, cancellationToken).ConfigureAwait(false);

    /// <summary>
    /// <see cref="SendMessageAsync"/>, also telling whether Case Xchange answered with the receipt of an earlier send of
    /// the same key (200) rather than a new message (201).
    /// </summary>
    internal async Task<(CaseXchangeMessageReceipt Receipt, bool Replayed)> SendAsync(
        CaseXchangeMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentException.ThrowIfNullOrWhiteSpace(message.ReferralId, nameof(message));
        const string endpoint = "POST /messages/send";
        if (message.Text is not { Length: >= 1 and <= MaxMessageLength } || string.IsNullOrWhiteSpace(message.Text))
        {
            throw new ConnectorValidationException(
                endpoint, [$"A message must have 1 to {MaxMessageLength} characters (it has {message.Text?.Length ?? 0})."]);
        }

        StatusChange? change = null;
        if (message.RequestedStatus is { } requested)
        {
            var from = await CurrentStatusAsync(message.ReferralId, cancellationToken).ConfigureAwait(false);
            ReferralStateMachine.EnsureAllowed(from, requested, message.ClosingStatus);
            change = new StatusChange(from, requested);
        }

        var body = new CaseXchangeSendMessage(message.ReferralId, message.Text, message.RequestedStatus, message.ClosingStatus?.Value);
        var key = message.IdempotencyKey ?? CaseXchangeWriteKeys.Message(message);
        var answer = await WriteAsync(
            endpoint,
            ct => SendOnceAsync(endpoint, body, key, ct),
            change,
            null,
            $"Ask the receiving firm, or look in Case Xchange, whether the message on referral {message.ReferralId} arrived; "
                + "repeating the same call sends the same idempotency key.",
            cancellationToken).ConfigureAwait(false);
        return (Unwrap(endpoint, answer.Envelope), answer.Replayed);
    }

    private async Task<MessageAnswer> SendOnceAsync(
        string endpoint, CaseXchangeSendMessage body, string key, CancellationToken cancellationToken)
    {
        using var answer = await _api.SendMessageAsync(body, key, cancellationToken).ConfigureAwait(false);
        if (answer.Error is { } error)
        {
            throw error; // translated by CaseXchangeCall as a thrown Refit error would be
        }

        return answer.Content is { } content
            ? new MessageAnswer(content, answer.StatusCode == HttpStatusCode.OK)
            : throw CaseXchangeCall.EmptyBody(endpoint);
    }

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

    // Keyed (the key's handling is not documented by Case Xchange): resent after a server error; after a lost answer
    // only once the look shows it did not land, and without a look it ends as unknown.
    private Task<T> WriteAsync<T>(
        string endpoint,
        Func<CancellationToken, Task<T>> write,
        StatusChange? change,
        Func<CancellationToken, Task<T?>>? findApplied,
        string recovery,
        CancellationToken cancellationToken)
        where T : class
    {
        var options = _options.CurrentValue;
        return RepeatableWrite.SendAsync(
            new SafeWrite<T>
            {
                Operation = endpoint,
                Send = ct => CaseXchangeCall.RunAsync(endpoint, write, ct, change),
                Attempts = options.WriteAttempts,
                RetryBaseDelay = options.RetryBaseDelay,
                Repeat = WriteRepeat.AfterErrorAnswer,
                FindApplied = findApplied is null ? null : ct => RepeatableRead.RunAsync(findApplied, ct),
                Recovery = recovery,
            },
            cancellationToken);
    }

    // A draft of this CRM (or CMS) record: what a lost create left behind.
    private async Task<CaseXchangeSentCase?> FindDraftAsync(CaseXchangeCreateSentCase draft, CancellationToken cancellationToken)
    {
        await foreach (var item in ReadSentCasesAsync(ReferralStatus.Draft, cancellationToken).ConfigureAwait(false))
        {
            if (!string.IsNullOrWhiteSpace(draft.SalesforceRecordId)
                ? string.Equals(item.SalesforceRecordId, draft.SalesforceRecordId, StringComparison.Ordinal)
                : string.Equals(item.CmsId, draft.CmsId, StringComparison.Ordinal))
            {
                return item;
            }
        }

        return null;
    }

    private async IAsyncEnumerable<T> ReadAllAsync<T>(
        string endpoint,
        Func<int, int, CancellationToken, Task<CaseXchangeEnvelope<List<T>>>> list,
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
                var next = more && items.Count > 0 ? (number + 1).ToString(CultureInfo.InvariantCulture) : null;
                return new Page<T>(items, next, envelope.Pagination?.Total);
            },
            cancellationToken: cancellationToken);
        await foreach (var item in pages.ConfigureAwait(false))
        {
            CaseXchangeTelemetry.Instance.CasesRead.Add(1);
            yield return item;
        }
    }

    private static async Task<T> ReadAsync<T>(
        string endpoint, Func<CancellationToken, Task<CaseXchangeEnvelope<T>>> read, CancellationToken cancellationToken) =>
        Unwrap(endpoint, await CaseXchangeCall.RunAsync(endpoint, read, cancellationToken).ConfigureAwait(false));

    private static bool IsSentTo(CaseXchangeSentCase sent, string receivingFirmId) =>
        sent.Status == ReferralStatus.Sent && string.Equals(sent.ReceivingFirmId, receivingFirmId, StringComparison.Ordinal);

    private static CaseXchangeEnvelope<T> Enveloped<T>(T data) => new(data, null, null);

    private static T Unwrap<T>(string endpoint, CaseXchangeEnvelope<T> envelope) =>
        envelope.Data ?? throw new ConnectorResponseFormatException(
            endpoint, null, $"{endpoint} answered without a 'data' member; nothing from that answer was used.");

    private static void Require(List<string> problems, string? value, string field)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            problems.Add($"'{field}' is required to create a draft.");
        }
    }

    // The message envelope and whether it was the receipt of an earlier send of the same key.
    private sealed record MessageAnswer(CaseXchangeEnvelope<CaseXchangeMessageReceipt> Envelope, bool Replayed);
}
