using NodaTime;

namespace Connectors.Sandbox.MyCase;

/// <summary>How the MyCase sandbox seeds, authenticates and limits.</summary>
public sealed record MyCaseSandboxOptions
{
    /// <summary>The OAuth client id the sandbox accepts.</summary>
    public string ClientId { get; init; } = "sandbox-mycase-client";

    /// <summary>The OAuth client secret the sandbox accepts (a sandbox-only value).</summary>
    public string ClientSecret { get; init; } = "sandbox-mycase-secret";

    /// <summary>The redirect URI registered for the client.</summary>
    public Uri RedirectUri { get; init; } = new("http://127.0.0.1/mycase/callback");

    /// <summary>The firm's <c>firm_uuid</c>, returned by the code exchange.</summary>
    public string FirmUuid { get; init; } = "6f1c2a8e-5b7d-4c3e-9a10-sandbox00001";

    /// <summary>How many cases to seed.</summary>
    public int Cases { get; init; } = 120;

    /// <summary>The seed: the same seed gives the same data.</summary>
    public int Seed { get; init; } = 7;

    /// <summary>The instant seeded update times count back from; fixed so data is the same every run.</summary>
    public Instant SeededAt { get; init; } = Instant.FromUtc(2026, 11, 24, 12, 0);

    /// <summary>A JSON file of cases in MyCase's wire format (an array of <c>CaseResponse</c>) to serve instead of seeded data.</summary>
    public string? DataFile { get; init; }

    /// <summary>Access token lifetime (MyCase: 24 hours).</summary>
    public Duration AccessTokenLifetime { get; init; } = Duration.FromHours(24);

    /// <summary>Refresh token lifetime (MyCase: 2 weeks); each is single use.</summary>
    public Duration RefreshTokenLifetime { get; init; } = Duration.FromDays(14);

    /// <summary>Requests per second per client before a 429 (MyCase: 25); 0 turns the limit off.</summary>
    public int RequestsPerSecond { get; init; } = 25;

    /// <summary>The time the rate limit counts seconds with: real time by default, even when the sandbox clock is fixed.</summary>
    public TimeProvider RateLimitTime { get; init; } = TimeProvider.System;
}
