using System.Text.Json;

using Connectors.Sandbox.Recording;

using Microsoft.AspNetCore.Http;

using NodaTime;

namespace Connectors.Sandbox.CaseXchange;

/// <summary>
/// The Case Xchange Public API as described in <c>docs/vendors/casexchange.md</c>, under <c>/casexchange/api/public/v1</c>:
/// <c>X-API-Key</c> keys in three tiers, <c>{data, pagination, meta}</c> envelopes, both error shapes, <c>page</c>/<c>limit</c>
/// paging, rate-limit headers, and server-side referral state that refuses an illegal transition with 409.
/// Writes honour <c>Idempotency-Key</c>. Tests and samples play the other firm with <see cref="Advance"/>.
/// </summary>
public sealed partial class CaseXchangeSandbox : ISandboxVendor
{
    /// <summary>The largest page the API serves.</summary>
    public const int MaxLimit = 100;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private readonly object _gate = new();
    private readonly List<CxSentCaseWire> _sent;
    private readonly List<CxReceivedReferralWire> _received;
    private readonly List<CxMessageWire> _messages = [];
    private readonly Dictionary<string, object> _idempotent = new(StringComparer.Ordinal);
    private readonly Random _ids;
    private SandboxContext? _context;
    private int _sequence = 140;

    /// <summary>Creates the vendor with seeded data.</summary>
    public CaseXchangeSandbox(CaseXchangeSandboxOptions? options = null)
    {
        Options = options ?? new CaseXchangeSandboxOptions();
        var random = new Random(Options.Seed);
        FirmWire = new CxFirmWire(CaseXchangeSandboxSeed.Uuid(random), Options.FirmName);
        PartnerFirmWires = CaseXchangeSandboxSeed.PartnerFirms(random);
        Firm = new CaseXchangeSandboxFirm(FirmWire.Id, FirmWire.Name);
        PartnerFirms = [.. PartnerFirmWires.Select(f => new CaseXchangeSandboxFirm(f.Id, f.Name))];
        var seededAt = new DateTimeOffset(2026, 11, 1, 12, 0, 0, TimeSpan.Zero);
        _sent = CaseXchangeSandboxSeed.SentCases(Options.SentCases, random, PartnerFirmWires, seededAt, ref _sequence);
        _received = CaseXchangeSandboxSeed.ReceivedReferrals(Options.ReceivedReferrals, random, PartnerFirmWires, seededAt, ref _sequence);
        _ids = new Random(Options.Seed + 1);
    }

    /// <inheritdoc />
    public string PathPrefix => "casexchange";

    /// <summary>The options (its keys, to hand to a client under test).</summary>
    public CaseXchangeSandboxOptions Options { get; }

    /// <summary>The firm the keys belong to.</summary>
    public CaseXchangeSandboxFirm Firm { get; }

    /// <summary>Firms this firm may refer to.</summary>
    public IReadOnlyList<CaseXchangeSandboxFirm> PartnerFirms { get; }

    // The same firms as the API serves them.
    internal CxFirmWire FirmWire { get; }

    internal IReadOnlyList<CxFirmWire> PartnerFirmWires { get; }

    /// <summary>A snapshot of the sent cases.</summary>
    internal IReadOnlyList<CxSentCaseWire> SentCases
    {
        get
        {
            lock (_gate)
            {
                return [.. _sent];
            }
        }
    }

    /// <summary>A snapshot of the received referrals.</summary>
    internal IReadOnlyList<CxReceivedReferralWire> ReceivedReferrals
    {
        get
        {
            lock (_gate)
            {
                return [.. _received];
            }
        }
    }

    /// <summary>A snapshot of the messages sent.</summary>
    internal IReadOnlyList<CxMessageWire> Messages
    {
        get
        {
            lock (_gate)
            {
                return [.. _messages];
            }
        }
    }

    /// <summary>
    /// Plays the other firm: moves a sent case or a received referral (any id form) to <paramref name="status"/>,
    /// by the same rules the API enforces.
    /// </summary>
    /// <exception cref="InvalidOperationException">The referral does not exist or the move is not allowed.</exception>
    public void Advance(string id, string status, string? closingStatus = null)
    {
        lock (_gate)
        {
            var problem = Move(id, status, closingStatus);
            if (problem is not null)
            {
                throw new InvalidOperationException(problem.Value.Message);
            }
        }
    }

    /// <summary>Plays the receiving firm: moves a sent case one step along the happy path; false at its end.</summary>
    public bool AdvanceOnHappyPath(string id)
    {
        lock (_gate)
        {
            var current = FindSent(id)?.Status ?? FindReceived(id)?.Status;
            if (current is null || CaseXchangeFlow.NextOnHappyPath(current) is not { } next)
            {
                return false;
            }

            return Move(id, next, CaseXchangeFlow.NeedsClosingStatus(next) ? "won_settled" : null) is null;
        }
    }

    /// <inheritdoc />
    public Task WriteErrorAsync(HttpContext http, int statusCode, string message)
    {
        ArgumentNullException.ThrowIfNull(http);
        http.Response.StatusCode = statusCode;
        return http.Response.WriteAsJsonAsync(ErrorBody(statusCode == 429 ? "rate_limited" : "internal_error", message, null), Json);
    }

    // Applies a move under the lock; returns the refusal (status code, code, message) or null.
    private (int Status, string Code, string Message)? Move(string id, string status, string? closingStatus)
    {
        var sentIndex = _sent.FindIndex(c => Matches(id, c.Id, c.ReferenceNumber, c.CmsId, c.SalesforceRecordId));
        var receivedIndex = sentIndex >= 0 ? -1 : _received.FindIndex(r => Matches(id, r.Id, r.ReferenceNumber, r.CmsId, null));
        var from = sentIndex >= 0 ? _sent[sentIndex].Status : receivedIndex >= 0 ? _received[receivedIndex].Status : null;
        if (from is null)
        {
            return (404, "resource_not_found", $"No referral matches '{id}'.");
        }

        if (!CaseXchangeFlow.CanMove(from, status))
        {
            return (409, "invalid_transition", $"A referral in '{from}' cannot move to '{status}'.");
        }

        if (CaseXchangeFlow.NeedsClosingStatus(status) && !CaseXchangeFlow.ClosingStatuses.Contains(closingStatus))
        {
            return (400, "validation_error", $"closingStatus is required to move to '{status}'.");
        }

        var closing = closingStatus ?? (status == "lost" ? "lost" : status == "won" ? "won_settled" : null);
        if (sentIndex >= 0)
        {
            _sent[sentIndex] = _sent[sentIndex] with
            {
                Status = status,
                ClosingStatus = closing ?? _sent[sentIndex].ClosingStatus,
                UpdatedAt = Now(),
            };
        }
        else
        {
            _received[receivedIndex] = _received[receivedIndex] with
            {
                Status = status,
                ClosingStatus = closing ?? _received[receivedIndex].ClosingStatus,
                UpdatedAt = Now(),
            };
        }

        return null;
    }

    private CxSentCaseWire? FindSent(string id) => _sent.Find(c => Matches(id, c.Id, c.ReferenceNumber, c.CmsId, c.SalesforceRecordId));

    private CxReceivedReferralWire? FindReceived(string id) => _received.Find(r => Matches(id, r.Id, r.ReferenceNumber, r.CmsId, null));

    // Flexible id resolution, as the API does: UUID, reference number, CMS id or Salesforce id.
    private static bool Matches(string id, string uuid, string reference, string? cmsId, string? salesforceId) =>
        string.Equals(id, uuid, StringComparison.OrdinalIgnoreCase)
        || string.Equals(id, reference, StringComparison.OrdinalIgnoreCase)
        || (cmsId is not null && string.Equals(id, cmsId, StringComparison.Ordinal))
        || (salesforceId is not null && string.Equals(id, salesforceId, StringComparison.Ordinal));

    private void Record(string operation, string resourceId, string? key, string detail) =>
        _context?.Writes.Add(new WriteRecord(PathPrefix, operation, resourceId, key, detail, Now()));

    private string NewId() => CaseXchangeSandboxSeed.Uuid(_ids);

    private DateTimeOffset Now() => (_context?.Clock ?? SystemClock.Instance).GetCurrentInstant().ToDateTimeOffset();
}
