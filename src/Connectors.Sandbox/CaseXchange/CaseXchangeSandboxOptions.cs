namespace Connectors.Sandbox.CaseXchange;

/// <summary>How the Case Xchange sandbox is seeded and which keys it accepts (sandbox-only keys, one per tier).</summary>
public sealed record CaseXchangeSandboxOptions
{
    /// <summary>A read-only key (<c>cxp_ro_</c>).</summary>
    public string ReadOnlyKey { get; init; } = "cxp_ro_sandbox0readonly0key";

    /// <summary>A standard key (<c>cxp_std_</c>).</summary>
    public string StandardKey { get; init; } = "cxp_std_sandbox0standard0key";

    /// <summary>A full key (<c>cxp_full_</c>).</summary>
    public string FullKey { get; init; } = "cxp_full_sandbox0full0key";

    /// <summary>The firm the keys belong to.</summary>
    public string FirmName { get; init; } = "Sandbox Referral Partners LLP";

    /// <summary>Seeded sent cases.</summary>
    public int SentCases { get; init; } = 24;

    /// <summary>Seeded received referrals.</summary>
    public int ReceivedReferrals { get; init; } = 12;

    /// <summary>Seed of the generated data.</summary>
    public int Seed { get; init; } = 7;

    /// <summary>
    /// When true, <c>GET /sent-cases</c> serves only the lean list fields the vendor reference shows (no
    /// <c>salesforceRecordId</c>); <c>GET /sent-cases/{id}</c> still carries it. False by default.
    /// </summary>
    public bool LeanSentCaseList { get; init; }

    /// <summary>Requests per key per minute before a 429 (the real numbers are not published).</summary>
    public int RequestsPerMinute { get; init; } = 6000;
}
