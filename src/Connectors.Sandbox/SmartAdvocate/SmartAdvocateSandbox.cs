using Connectors.Sandbox.Recording;

using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

using NodaTime;

namespace Connectors.Sandbox.SmartAdvocate;

/// <summary>
/// SmartAdvocate under <c>/smartadvocate/</c>: CaseSyncAPI behind a bearer token from <c>POST /CaseSyncAPI/Users/authenticate</c>,
/// and the Predictive Dialer behind <c>X-ApiKey</c> (paths and verbs as the SDK models them; shapes as the vendor's
/// document shows them). Server-side state: dialer status, next call, attempts, disposition and notes per case.
/// Its wire payloads are its own, pinned by tests/fixtures/smartadvocate.
/// </summary>
public sealed class SmartAdvocateSandbox : ISandboxVendor
{
    /// <summary>The vendor's path prefix and write-log name.</summary>
    public const string Prefix = "smartadvocate";

    /// <summary>The campaign the seeded due cases belong to.</summary>
    public const string Campaign = SmartAdvocateSandboxSeed.Campaign;

    private SmartAdvocateSandboxState? _state;

    /// <summary>Creates the vendor.</summary>
    public SmartAdvocateSandbox(SmartAdvocateSandboxOptions? options = null) => Options = options ?? new SmartAdvocateSandboxOptions();

    /// <summary>The options.</summary>
    public SmartAdvocateSandboxOptions Options { get; }

    /// <inheritdoc />
    public string PathPrefix => Prefix;

    /// <summary>Every case's dialer state and notes, by case id.</summary>
    /// <exception cref="InvalidOperationException">The vendor is not served yet.</exception>
    public IReadOnlyList<SmartAdvocateSandboxCase> Cases => State.Cases
        .Select(c => new SmartAdvocateSandboxCase(
            c.CaseId,
            c.IsOpen,
            c.DialerStatus,
            LocalDateTime.FromDateTime(c.NextCall),
            c.Attempts,
            c.Disposition,
            [.. c.Notes.Select(n => n.Text)])
        {
            CaseType = c.CaseType,
            CaseStatus = c.CaseStatus,
            SubStatuses = c.SubStatuses.GroupBy(s => s.Type, StringComparer.OrdinalIgnoreCase).ToDictionary(
                g => g.Key,
                g => g.Last().Name,
                StringComparer.OrdinalIgnoreCase),
        })
        .ToList();

    /// <summary>How many CaseSyncAPI sign-ins the sandbox answered.</summary>
    public int SignIns => State.SignIns;

    /// <summary>
    /// How many per-case <c>UpdateCaseStatus</c> entries changed nothing (all values already as sent, as when an applied
    /// update is resent) and were therefore not written to the write log.
    /// </summary>
    public int UnchangedStatusUpdates => State.UnchangedStatusUpdates;

    /// <summary>
    /// Changes one case as a firm user would (a new status, a sub-status, closing or reopening), as CaseInfo then answers
    /// it: closing sets the status "Closed", reopening sets <paramref name="status"/> or the status the case had before it
    /// closed; <paramref name="subStatusType"/> with <paramref name="subStatus"/> sets that type's sub-status. The
    /// changed dates become <paramref name="at"/>. Not a vendor API call, so not in the write log.
    /// </summary>
    /// <param name="caseId">The case.</param>
    /// <param name="at">When the firm made the change.</param>
    /// <param name="status">The new status, or null to keep it (or to use the close and reopen rules above).</param>
    /// <param name="subStatusType">The sub-status type to set (e.g. "Treatment Status"), with <paramref name="subStatus"/>.</param>
    /// <param name="subStatus">The sub-status name to set.</param>
    /// <param name="closed">True closes the case, false reopens it, null keeps it as it is.</param>
    /// <exception cref="ArgumentException">No such case, or only one of the sub-status type and name.</exception>
    public void UpdateCase(
        long caseId,
        Instant at,
        string? status = null,
        string? subStatusType = null,
        string? subStatus = null,
        bool? closed = null)
    {
        if ((subStatusType is null) != (subStatus is null))
        {
            throw new ArgumentException("A sub-status needs both its type and its name.", nameof(subStatus));
        }

        (string, string)? sub = subStatusType is null ? null : (subStatusType, subStatus!);
        if (!State.UpdateCase(caseId, at.ToDateTimeOffset(), status, sub, closed))
        {
            throw new ArgumentException($"The sandbox has no case {caseId}.", nameof(caseId));
        }
    }

    /// <summary>
    /// Puts a firm staff member on a case's staff in <paramref name="role"/> (replacing whoever held that role), as CaseInfo
    /// then answers it in the case's <c>staff</c>. Seeded cases have a paralegal and no attorney. Not a vendor API call,
    /// so not in the write log.
    /// </summary>
    /// <param name="caseId">The case.</param>
    /// <param name="name">The staff member's name (for example <c>Rivera, Ana</c>).</param>
    /// <param name="role">The role (for example <c>Primary Attorney</c>).</param>
    /// <param name="email">The staff member's email.</param>
    /// <exception cref="ArgumentException">No such case.</exception>
    public void AssignStaff(long caseId, string name, string role, string? email)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentException.ThrowIfNullOrWhiteSpace(role);
        if (!State.AssignStaff(caseId, new SandboxStaff(100 + caseId, name, role, email)))
        {
            throw new ArgumentException($"The sandbox has no case {caseId}.", nameof(caseId));
        }
    }

    /// <summary>Forgets every issued token, as a server restart would: the next CaseSyncAPI call gets a 401.</summary>
    public void RevokeTokens() => State.RevokeTokens();

    private SmartAdvocateSandboxState State =>
        _state ?? throw new InvalidOperationException("The SmartAdvocate sandbox is not served yet.");

    /// <inheritdoc />
    public void Map(IEndpointRouteBuilder routes, SandboxContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var time = new ClockTime(context.Clock);
        var zone = TimeZoneInfo.FindSystemTimeZoneById(Options.DialerTimeZone);
        var seededAt = (Options.SeededAt ?? context.Clock.GetCurrentInstant()).ToDateTimeOffset();
        var cases = Options.DataFile is { } file
            ? SmartAdvocateSandboxSeed.FromFile(file, seededAt, zone) : SmartAdvocateSandboxSeed.Build(seededAt, zone, Options.Cases);
        _state = new SmartAdvocateSandboxState(cases, time, Options, (operation, caseId, detail) =>
            context.Writes.Add(new WriteRecord(
                Prefix,
                operation,
                caseId,
                null,
                detail,
                context.Clock.GetCurrentInstant().ToDateTimeOffset())));
        SmartAdvocateSandboxEndpoints.Map(routes, _state);
    }

    /// <inheritdoc />
    public Task WriteErrorAsync(HttpContext http, int statusCode, string message)
    {
        ArgumentNullException.ThrowIfNull(http);
        http.Response.StatusCode = statusCode;
        http.Response.ContentType = "application/json";
        return http.Response.WriteAsync(System.Text.Json.JsonSerializer.Serialize(
            new SaError(message),
            SmartAdvocateSandboxJson.Default.SaError));
    }

    private sealed class ClockTime(IClock clock) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => clock.GetCurrentInstant().ToDateTimeOffset();
    }
}
