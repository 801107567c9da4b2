using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Connectors.Sandbox.CaseXchange;

/// <summary>The Public API endpoints of the Case Xchange sandbox.</summary>
public sealed partial class CaseXchangeSandbox
{
    private readonly Dictionary<string, (long Window, int Count)> _usage = new(StringComparer.Ordinal);
    private long _requestIds;

    /// <inheritdoc />
    public void Map(IEndpointRouteBuilder routes, SandboxContext context)
    {
        ArgumentNullException.ThrowIfNull(routes);
        _context = context;
        var api = routes.MapGroup("/api/public/v1").AddEndpointFilter(async (invocation, next) =>
            Admit(invocation.HttpContext) is { } refusal ? refusal : await next(invocation).ConfigureAwait(false));
        api.MapGet("/firms/me", () => Ok(FirmWire));
        api.MapGet("/case-types", () => Ok(CaseXchangeSandboxSeed.CaseTypes));
        api.MapGet("/jurisdictions", () => Ok(CaseXchangeSandboxSeed.Jurisdictions));
        api.MapGet("/sent-cases", (int? page, int? limit, string? status) => Options.LeanSentCaseList
            ? List(SentCases.Select(Lean).ToList(), c => c.Status, page, limit, status)
            : List(SentCases, c => c.Status, page, limit, status));
        api.MapGet("/sent-cases/{id}", (string id) => Locked(() => FindSent(id)) is { } found ? Ok(found) : NotFound(id));
        api.MapPost("/sent-cases", CreateDraft);
        api.MapPost("/sent-cases/{id}/refer", Refer);
        api.MapGet(
            "/received-referrals",
            (int? page, int? limit, string? status) => List(ReceivedReferrals, r => r.Status, page, limit, status));
        api.MapGet("/received-referrals/{id}", (string id) => Locked(() => FindReceived(id)) is { } found ? Ok(found) : NotFound(id));
        api.MapPost("/messages/send", SendMessage);

        // Re-refer lives on the /api/v1 API (CX4); the sandbox admits it with the same keys and tiers.
        var v1 = routes.MapGroup("/api/v1").AddEndpointFilter(async (invocation, next) =>
            Admit(invocation.HttpContext) is { } refusal ? refusal : await next(invocation).ConfigureAwait(false));
        v1.MapPost("/cases/{id}/re-refer", ReRefer);
    }

    // The list fields the vendor reference shows for GET /sent-cases.
    private static CxLeanSentCaseWire Lean(CxSentCaseWire c) =>
        new(c.Id, c.ReferenceNumber, c.CmsId, c.ReceivingFirmName, c.ReceivingFirmId, c.Status, c.ClosingStatus, c.UpdatedAt);

    // Key, tier and rate limit, in that order; headers on every answer.
    private IResult? Admit(HttpContext http)
    {
        var key = http.Request.Headers["X-API-Key"].ToString();
        var tier = TierOf(key);
        if (tier is null)
        {
            return Error(401, "unauthorized", "A valid X-API-Key header is required.");
        }

        if (!HttpMethods.IsGet(http.Request.Method) && tier == "ro")
        {
            return Error(403, "permission_denied", "This API key is read-only.");
        }

        var window = Stopwatch.GetTimestamp() / Stopwatch.Frequency / 60;
        int used;
        lock (_gate)
        {
            var (last, count) = _usage.GetValueOrDefault(key);
            used = last == window ? count + 1 : 1;
            _usage[key] = (window, used);
        }

        var resetSeconds = 60 - (int)(Stopwatch.GetTimestamp() / Stopwatch.Frequency % 60);
        var headers = http.Response.Headers;
        headers["X-RateLimit-Limit"] = Options.RequestsPerMinute.ToString(CultureInfo.InvariantCulture);
        headers["X-RateLimit-Remaining"] = Math.Max(0, Options.RequestsPerMinute - used).ToString(CultureInfo.InvariantCulture);
        headers["X-RateLimit-Reset"] = resetSeconds.ToString(CultureInfo.InvariantCulture);
        if (used > Options.RequestsPerMinute)
        {
            headers.RetryAfter = resetSeconds.ToString(CultureInfo.InvariantCulture);
            return Error(429, "rate_limited", "Too many requests for this API key.");
        }

        return null;
    }

    // Compares against every key, so the time taken does not say which key came close.
    private string? TierOf(string key)
    {
        var given = Encoding.UTF8.GetBytes(key);
        string? tier = null;
        foreach (var (candidate, name) in new[] { (Options.ReadOnlyKey, "ro"), (Options.StandardKey, "std"), (Options.FullKey, "full") })
        {
            if (CryptographicOperations.FixedTimeEquals(given, Encoding.UTF8.GetBytes(candidate)))
            {
                tier = name;
            }
        }

        return tier;
    }

    private IResult List<T>(IReadOnlyList<T> items, Func<T, string> statusOf, int? page, int? limit, string? status)
    {
        var number = page ?? 1;
        var size = limit ?? 20;
        var details = new List<CxFieldDetailWire>();
        if (number < 1)
        {
            details.Add(new("page", "page must be 1 or more."));
        }

        if (size is < 1 or > MaxLimit)
        {
            details.Add(new("limit", $"limit must be between 1 and {MaxLimit}."));
        }

        if (details.Count > 0)
        {
            return Error(400, "validation_error", "Invalid query parameters.", details);
        }

        var matching = items.Where(i => status is null || string.Equals(statusOf(i), status, StringComparison.Ordinal)).ToList();
        var pageItems = matching.Skip((number - 1) * size).Take(size).ToList();
        var totalPages = (matching.Count + size - 1) / size;
        return Results.Json(new CxEnvelopeWire(pageItems, new CxPaginationWire(number, size, matching.Count, totalPages), Meta()), Json);
    }

    private async Task<IResult> CreateDraft(HttpRequest request)
    {
        if (await ReadBodyAsync<CxCreateSentCaseWire>(request).ConfigureAwait(false) is not { } body)
        {
            return BadJson();
        }

        var details = new List<CxFieldDetailWire>();
        Required(details, body.Title, "title");
        Required(details, body.CaseType, "caseType");
        Required(details, body.Jurisdiction, "jurisdiction");
        if (details.Count > 0)
        {
            return Error(400, "validation_error", "The case is missing required fields.", details);
        }

        return Idempotent(request, "create-draft", () =>
        {
            var type = CaseXchangeSandboxSeed.CaseTypes.FirstOrDefault(t => t.Id == body.CaseType || t.Name == body.CaseType)
                ?? CaseXchangeSandboxSeed.CaseTypes[0];
            var draft = new CxSentCaseWire(
                NewId(), CaseXchangeSandboxSeed.ReferenceNumber(
                    type,
                    ++_sequence), body.CmsId, null, null, "draft", null, Now(), body.SalesforceRecordId,
                body.Title!, type.Id, body.Jurisdiction!);
            _sent.Add(draft);
            return (draft, draft.Id, $"draft {draft.ReferenceNumber}");
        });
    }

    private async Task<IResult> Refer(string id, HttpRequest request)
    {
        if (await ReadBodyAsync<CxReferWire>(request).ConfigureAwait(false) is not { } body)
        {
            return BadJson();
        }

        var firm = PartnerFirmWires.FirstOrDefault(f => f.Id == body.ReceivingFirmId);
        if (firm is null)
        {
            return Error(
                400,
                "validation_error",
                "receivingFirmId must name a firm in your network.",
                [new("receivingFirmId", "Unknown firm.")]);
        }

        return Idempotent(request, "refer", () =>
        {
            if (FindSent(id) is not { } found)
            {
                return (null, id, "not found");
            }

            if (Move(found.Id, "sent", null) is { } refusal)
            {
                return (refusal, found.Id, "refused");
            }

            var index = _sent.FindIndex(c => c.Id == found.Id);
            _sent[index] = _sent[index] with { ReceivingFirmId = firm.Id, ReceivingFirmName = firm.Name };
            return (_sent[index], found.Id, $"refer {found.ReferenceNumber} to a partner firm");
        });
    }

    // Owner firm only (a referral this firm received is refused with 403), an active relationship (a firm in the
    // network), a rejected referral; the new referral has the next sequence number of the base case and starts from
    // the CRM record given.
    private async Task<IResult> ReRefer(string id, HttpRequest request)
    {
        if (await ReadBodyAsync<CxReReferWire>(request).ConfigureAwait(false) is not { } body)
        {
            return BadJson();
        }

        if (string.IsNullOrWhiteSpace(body.ReferentFirmId))
        {
            return Error(400, "validation_error", "referentFirmId is required.", [new("referentFirmId", "referentFirmId is required.")]);
        }

        return Idempotent(request, "re-refer", () =>
        {
            if (FindSent(id) is not { } found)
            {
                if (FindReceived(id) is { } received)
                {
                    return ((403, "permission_denied", "Only the referring firm may re-refer a case."), received.Id, "refused");
                }

                return (null, id, "not found");
            }

            if (PartnerFirmWires.FirstOrDefault(f => f.Id == body.ReferentFirmId) is not { } firm)
            {
                return ((409, "no_active_relationship", "There is no active relationship with that firm."), found.Id, "refused");
            }

            if (found.Status != "rejected")
            {
                return ((409, "invalid_transition", $"Only a rejected referral can be re-referred; this one is '{found.Status}'."),
                    found.Id, "refused");
            }

            var baseId = found.BaseCaseId ?? found.Id;
            var sequence = _sent.Where(c => (c.BaseCaseId ?? c.Id) == baseId).Max(c => c.SequenceNumber) + 1;
            var type = CaseXchangeSandboxSeed.CaseTypes.FirstOrDefault(t => t.Id == found.CaseType) ?? CaseXchangeSandboxSeed.CaseTypes[0];
            var referral = found with
            {
                Id = NewId(),
                ReferenceNumber = CaseXchangeSandboxSeed.ReferenceNumber(type, ++_sequence),
                ReceivingFirmId = firm.Id,
                ReceivingFirmName = firm.Name,
                Status = "sent",
                ClosingStatus = null,
                UpdatedAt = Now(),
                SalesforceRecordId = body.SalesforceRecordId,
                BaseCaseId = baseId,
                SequenceNumber = sequence,
            };
            _sent.Add(referral);
            var answer = new CxReReferralWire(
                referral.Id, referral.ReferenceNumber, sequence, baseId, firm.Id, firm.Name, "sent",
                body.SalesforceRecordId, body.SalesforceObjectType);
            return (answer, found.Id, $"re-refer {found.ReferenceNumber} as referral {sequence}");
        });
    }

    private async Task<IResult> SendMessage(HttpRequest request)
    {
        if (await ReadBodyAsync<CxSendMessageWire>(request).ConfigureAwait(false) is not { } body)
        {
            return BadJson();
        }

        var details = new List<CxFieldDetailWire>();
        Required(details, body.ReferralId, "referralId");
        if (body.Message is not { Length: >= 1 and <= 5000 })
        {
            details.Add(new("message", "message must have 1 to 5000 characters."));
        }

        if (details.Count > 0)
        {
            return Error(400, "validation_error", "The message is invalid.", details);
        }

        return Idempotent(request, "message", () =>
        {
            var referral = FindSent(body.ReferralId!)?.Id ?? FindReceived(body.ReferralId!)?.Id;
            if (referral is null)
            {
                return (null, body.ReferralId!, "not found");
            }

            // Modelled: the sandbox applies a requested status at once, as if the other firm accepted it.
            if (body.RequestedStatus is { } requested && Move(referral, requested, body.ClosingStatus) is { } refusal)
            {
                return (refusal, referral, "refused");
            }

            var message = new CxMessageWire(NewId(), referral, body.RequestedStatus, true, Now());
            _messages.Add(message);
            return (message, referral, body.RequestedStatus is null ? "message" : $"message asking for {body.RequestedStatus}");
        });
    }

    // A write repeated with the same Idempotency-Key answers as the first did and changes nothing. The create function
    // runs under the lock and returns the created object, or null (404), or a refusal tuple.
    private IResult Idempotent(HttpRequest request, string operation, Func<(object? Result, string ResourceId, string Detail)> create)
    {
        var key = _context?.IgnoreIdempotencyKeys == true ? string.Empty : request.Headers["Idempotency-Key"].ToString();
        lock (_gate)
        {
            if (key.Length > 0 && _idempotent.TryGetValue($"{operation}:{key}", out var earlier))
            {
                return Results.Json(new CxEnvelopeWire(earlier, null, Meta()), Json, statusCode: StatusCodes.Status200OK);
            }

            var (result, resourceId, detail) = create();
            switch (result)
            {
                case null:
                    return NotFound(resourceId);
                case ValueTuple<int, string, string> refusal:
                    return Error(refusal.Item1, refusal.Item2, refusal.Item3);
            }

            if (key.Length > 0)
            {
                _idempotent[$"{operation}:{key}"] = result;
            }

            Record(operation, resourceId, key.Length > 0 ? key : null, detail);
            return Results.Json(new CxEnvelopeWire(result, null, Meta()), Json, statusCode: StatusCodes.Status201Created);
        }
    }

    private T? Locked<T>(Func<T?> read)
        where T : class
    {
        lock (_gate)
        {
            return read();
        }
    }

    private IResult Ok(object data) => Results.Json(new CxEnvelopeWire(data, null, Meta()), Json);

    // The second error shape, as the concepts page shows it: {"success": false, "error": {...}, "message"}.
    private static IResult NotFound(string id) => Results.Json(
        new
        {
            success = false,
            error = new CxErrorWire("resource_not_found", $"No referral matches '{id}'.", null),
            message = "Resource not found",
        },
        Json,
        statusCode: StatusCodes.Status404NotFound);

    private IResult Error(int status, string code, string message, IReadOnlyList<CxFieldDetailWire>? details = null) =>
        Results.Json(ErrorBody(code, message, details), Json, statusCode: status);

    private object ErrorBody(string code, string message, IReadOnlyList<CxFieldDetailWire>? details) =>
        new { error = new CxErrorWire(code, message, details ?? []), meta = Meta() };

    private IResult BadJson() => Error(400, "validation_error", "The body is not valid JSON.");

    private CxMetaWire Meta() =>
        new(string.Create(CultureInfo.InvariantCulture, $"req_{Interlocked.Increment(ref _requestIds):x8}"), Now());

    private static void Required(List<CxFieldDetailWire> details, string? value, string field)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            details.Add(new(field, $"{field} is required."));
        }
    }

    private static async Task<T?> ReadBodyAsync<T>(HttpRequest request)
        where T : class
    {
        try
        {
            return await request.ReadFromJsonAsync<T>(Json, request.HttpContext.RequestAborted).ConfigureAwait(false);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
