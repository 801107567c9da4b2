using System.ComponentModel.DataAnnotations;

namespace Connectors.SmartAdvocate;

/// <summary>
/// Configuration of one SmartAdvocate firm: host, credentials for CaseSyncAPI and/or the dialer, case mapping and
/// timeouts. Validated at start-up. <see cref="ToString"/> never prints the password or the client key.
/// </summary>
public sealed class SmartAdvocateOptions : Core.Http.ConnectorOptions
{
    /// <summary>Defaults: 30 seconds per attempt, 2 minutes per call with its retries.</summary>
    public SmartAdvocateOptions()
        : base(TimeSpan.FromSeconds(30), TimeSpan.FromMinutes(2))
    {
    }

    /// <summary>The configuration section the options bind from by default.</summary>
    public const string SectionName = "SmartAdvocate";

    /// <summary>SmartAdvocate's hosted environment; firms with their own host use theirs.</summary>
    public const string DefaultHost = "https://app.smartadvocate.com";

    /// <summary>The firm's SmartAdvocate host, for example <c>https://app.smartadvocate.com</c> (https unless loopback).
    /// Required.</summary>
    [Required]
    public Uri? BaseAddress { get; set; }

    /// <summary>The dialer API's host when it differs from <see cref="BaseAddress"/>; null uses <see cref="BaseAddress"/>.</summary>
    public Uri? DialerBaseAddress { get; set; }

    /// <summary>The SmartAdvocate user CaseSyncAPI signs in as. Its permissions limit what the SDK can read and write.</summary>
    public string? Username { get; set; }

    /// <summary>That user's password. Never logged or printed.</summary>
    public string? Password { get; set; }

    /// <summary>The dialer's ClientKey, sent as <c>X-ApiKey</c>. Never logged or printed.</summary>
    public string? ClientKey { get; set; }

    /// <summary>The source system name in every case key. Default <c>smartadvocate</c>.</summary>
    [Required]
    public string SourceSystem { get; set; } = "smartadvocate";

    /// <summary>
    /// The IANA zone SmartAdvocate's dialer times (<c>DialDateTime</c>, <c>NextCall</c>) are written in: the firm's
    /// zone. Default <c>America/New_York</c>.
    /// </summary>
    [Required]
    public string DialerTimeZone { get; set; } = "America/New_York";

    /// <summary>The case-number pattern case reads ask CaseInfo for; <c>%</c> (every case) by default.</summary>
    [Required]
    public string CaseNumberPattern { get; set; } = "%";

    /// <summary>Whether case reads ask for plaintiffs' contact details (<c>AddContactInfo=true</c>). Default true.</summary>
    public bool AddContactInfo { get; set; } = true;

    /// <summary>What the platform's practice area is made of. Default <see cref="SmartAdvocatePracticeAreaSource.CaseType"/>.</summary>
    public SmartAdvocatePracticeAreaSource PracticeAreaSource { get; set; } = SmartAdvocatePracticeAreaSource.CaseType;

    /// <summary>
    /// Between office and case type when <see cref="PracticeAreaSource"/> is
    /// <see cref="SmartAdvocatePracticeAreaSource.OfficeAndCaseType"/>.
    /// </summary>
    public string PracticeAreaSeparator { get; set; } = " - ";

    /// <summary>
    /// Sub-status types whose value, when the case has one, is mapped to the stage instead of the case status (the
    /// first type listed that the case has wins). Empty by default: the case status is the stage.
    /// </summary>
    public IReadOnlyList<string> StageSubStatusTypes { get; set; } = [];

    /// <summary>Case statuses that mean the case is closed (compared ignoring case). Default <c>Closed</c>, <c>Case Closed</c>.</summary>
    public IReadOnlyList<string> ClosedStatuses { get; set; } = ["Closed", "Case Closed"];

    /// <summary>
    /// The staff roles that name the case's attorney, most important first (compared ignoring case): the case's attorney
    /// is the email of the staff member in the first of these roles the case has. Default <c>Primary Attorney</c>,
    /// <c>Secondary Attorney</c>, <c>Managing Attorney</c> (SmartAdvocate's own order for a case's attorney); a firm that
    /// relabelled its roles lists its own labels.
    /// </summary>
    public IReadOnlyList<string> AttorneyStaffRoles { get; set; } = ["Primary Attorney", "Secondary Attorney", "Managing Attorney"];

    /// <summary>
    /// The lead attorney's email for a case whose staff names no attorney with an email (see
    /// <see cref="AttorneyStaffRoles"/>): the platform creates a case only with a known attorney.
    /// <see cref="AttorneyEmailByOffice"/> wins when the case's office is listed.
    /// </summary>
    public string? DefaultAttorneyEmail { get; set; }

    /// <summary>The lead attorney's email by office name (compared ignoring case), for a case whose staff names no attorney.</summary>
    public IReadOnlyDictionary<string, string> AttorneyEmailByOffice { get; set; } = new Dictionary<string, string>();

    /// <summary>The marker every note the SDK writes starts with; notes carrying it are never read back as input.</summary>
    [Required]
    public string NoteMarker { get; set; } = "[Connectors SDK]";

    /// <summary>Documents per page for <c>documents/byDatePaged</c>. Default 100.</summary>
    [Range(1, 1000)]
    public int DocumentPageSize { get; set; } = 100;

    /// <summary>
    /// The most bytes read for one case of <c>case/CaseInfo</c> (counted from the case before it, so it also covers the
    /// reader's look-ahead); past it the read stops with <see cref="Core.Http.ConnectorResponseFormatException"/>.
    /// CaseInfo has no paging: one answer holds every case, so it grows with the firm and is read one case at a time,
    /// never whole; what is bounded is one case, not the answer. Default 4 MiB (a case with its contacts is 2 to 5 KB);
    /// at least 64 KiB.
    /// </summary>
    public long MaxCaseBytes { get; set; } = 4L * 1024 * 1024;

    /// <summary>How long before the token's <c>exp</c> the SDK signs in again. Default 2 minutes.</summary>
    public TimeSpan TokenRefreshMargin { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>The token lifetime assumed when the token carries no readable <c>exp</c>. Default 1 hour.</summary>
    public TimeSpan AssumedTokenLifetime { get; set; } = TimeSpan.FromHours(1);

    /// <summary>The most bytes the sign-in answer may have (1 KiB to 16 MiB); 64 KiB by default. A longer one is refused unread.</summary>
    [Range(1024, 16 * 1024 * 1024)]
    public int TokenResponseMaxBytes { get; set; } = 64 * 1024;

    /// <summary>
    /// Attempts in all (1 to 10) of a dialer write that got no usable answer (a dropped connection, a timeout, a 5xx, a
    /// 429), where a resend is safe: <c>UpdateCaseStatus</c> (absolute values), <c>AddCaseNote</c> (only after the
    /// note was looked up and is not there), <c>GetCasesToDial</c> without auto-change (a read), and any write the
    /// failure proves was not applied. 1 never resends. Default 3. The first pause before a resend is
    /// <see cref="Core.Http.ConnectorOptions.RetryBaseDelay"/> (doubling, or the vendor's <c>Retry-After</c>). See
    /// docs/vendors/smartadvocate.md.
    /// </summary>
    [Range(1, 10)]
    public int WriteAttempts { get; set; } = 3;

    /// <summary>True when CaseSyncAPI credentials are configured.</summary>
    public bool HasCaseSyncCredentials => !string.IsNullOrWhiteSpace(Username) && !string.IsNullOrWhiteSpace(Password);

    /// <summary>True when the dialer's ClientKey is configured.</summary>
    public bool HasDialerKey => !string.IsNullOrWhiteSpace(ClientKey);

    /// <summary>The dialer's host: <see cref="DialerBaseAddress"/>, else <see cref="BaseAddress"/>.</summary>
    public Uri? EffectiveDialerBaseAddress => DialerBaseAddress ?? BaseAddress;

    /// <summary>The dialer's ClientKey as the shared key handler attaches it: in <c>X-ApiKey</c>, to the dialer host only.</summary>
    internal Shared.ApiKeyCredential DialerKeyCredential => new("X-ApiKey", HasDialerKey ? ClientKey : null, EffectiveDialerBaseAddress);

    /// <summary>The settings every HTTP client of the connector takes.</summary>
    internal Shared.ConnectorHttpSettings HttpSettings => Shared.ConnectorHttpSettings.Of(this);

    /// <summary>Prints the hosts and user; the password and the client key are redacted.</summary>
    public override string ToString() =>
        $"SmartAdvocateOptions {{ BaseAddress = {BaseAddress}, DialerBaseAddress = {DialerBaseAddress}, Username = {Username}, " +
        $"Password = {(Password is null ? "(none)" : Shared.SecretRedactor.Redacted)}, " +
        $"ClientKey = {(ClientKey is null ? "(none)" : Shared.SecretRedactor.Redacted)} }}";
}
