using NodaTime;

namespace Connectors.Sandbox.SmartAdvocate;

/// <summary>How the SmartAdvocate sandbox seeds and checks: the tenant's credentials, the dialer's zone, the data.</summary>
public sealed record SmartAdvocateSandboxOptions
{
    /// <summary>The CaseSyncAPI user the sandbox accepts.</summary>
    public string Username { get; init; } = "sandbox.user";

    /// <summary>That user's password.</summary>
    public string Password { get; init; } = "sandbox-password";

    /// <summary>The user's id in sign-in answers.</summary>
    public long UserId { get; init; } = 4242;

    /// <summary>The dialer's ClientKey the sandbox accepts in <c>X-ApiKey</c>.</summary>
    public string ClientKey { get; init; } = "0d4852a98cbf4c8csb0cdee1b6f31e95f";

    /// <summary>How long a CaseSyncAPI token lives (about 2 hours in the vendor's example).</summary>
    public Duration TokenLifetime { get; init; } = Duration.FromHours(2);

    /// <summary>The zone the dialer's local times (<c>DialDateTime</c>, <c>NextCall</c>) are in.</summary>
    public string DialerTimeZone { get; init; } = "America/New_York";

    /// <summary>The highest attempts count accepted.</summary>
    public int MaxAttempts { get; init; } = 20;

    /// <summary>How many cases to seed (at least the 9 fixed ones).</summary>
    public int Cases { get; init; } = 12;

    /// <summary>The instant seeded times count back from; null uses the sandbox clock's time when the vendor is mapped.</summary>
    public Instant? SeededAt { get; init; }

    /// <summary>
    /// A JSON file of cases in the dialer's <c>GetCasesToDial</c> answer shape (the seed's array) to serve instead of
    /// seeded data; every case is open.
    /// </summary>
    public string? DataFile { get; init; }

    /// <summary>
    /// Serve the modelled one-case route <c>GET /CaseSyncAPI/case/{caseID}</c> (default true); false answers it 404, as a
    /// tenant without the route would, so the connector's fallback (a CaseInfo scan) can be tested.
    /// </summary>
    public bool ServeCaseById { get; init; } = true;

    /// <summary>Serve <c>documents/byDatePaged</c> as a bare array (the other shape the vendor is seen to use).</summary>
    public bool DocumentsAsArray { get; init; }
}
