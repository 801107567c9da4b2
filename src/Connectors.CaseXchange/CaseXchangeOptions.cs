using Connectors.CaseXchange.Authentication;
using Connectors.Core.Http;
using Connectors.Shared;

namespace Connectors.CaseXchange;

/// <summary>Case Xchange settings, validated at start-up. <see cref="ToString"/> never shows the key.</summary>
public sealed class CaseXchangeOptions : ConnectorOptions
{
    /// <summary>Defaults: 10 seconds per attempt, 60 seconds per request with its retries.</summary>
    public CaseXchangeOptions()
        : base(TimeSpan.FromSeconds(10), TimeSpan.FromSeconds(60))
    {
    }

    /// <summary>The configuration section bound by default.</summary>
    public const string SectionName = "CaseXchange";

    /// <summary>The Public API root in production.</summary>
    public static Uri ProductionAddress { get; } = new("https://api.casexchange.com/api/public/v1/");

    /// <summary>The Public API root in UAT.</summary>
    public static Uri UatAddress { get; } = new("https://api-uat.casexchange.com/api/public/v1/");

    /// <summary>Which environment; <see cref="CaseXchangeEnvironment.Production"/> by default.</summary>
    public CaseXchangeEnvironment Environment { get; set; } = CaseXchangeEnvironment.Production;

    /// <summary>
    /// The base address when <see cref="Environment"/> is <see cref="CaseXchangeEnvironment.Custom"/>; https unless loopback.
    /// </summary>
    public Uri? BaseAddress { get; set; }

    /// <summary>The Public API key (<c>cxp_ro_…</c>, <c>cxp_std_…</c>, <c>cxp_full_…</c>).</summary>
    public string? ApiKey { get; set; }

    /// <summary>Items per page (1 to 100).</summary>
    public int PageSize { get; set; } = 100;

    /// <summary>
    /// The most bytes of one answer the client reads into memory (a case page is the largest); past it the read stops
    /// with <see cref="Core.Http.ConnectorResponseFormatException"/>. Default 16 MiB (a page of 100 sent cases is about
    /// 50 KB); at least 64 KiB.
    /// </summary>
    public long MaxPageBytes { get; set; } = Shared.ResponseBodyLimit.DefaultPageBytes;

    /// <summary>How many times a write is sent again, with the same idempotency key, when no answer came back.</summary>
    public int WriteAttempts { get; set; } = 3;

    /// <summary>The address requests go to.</summary>
    public Uri? EffectiveBaseAddress => Environment switch
    {
        CaseXchangeEnvironment.Production => ProductionAddress,
        CaseXchangeEnvironment.Uat => UatAddress,
        _ => BaseAddress,
    };

    /// <summary>The key as the shared key handler attaches it: in <c>X-API-Key</c>, to the configured host only.</summary>
    internal ApiKeyCredential ApiKeyCredential => new(
        CaseXchangeKeyTierHandler.HeaderName,
        string.IsNullOrWhiteSpace(ApiKey) ? null : CaseXchangeApiKey.Parse(ApiKey).Value,
        EffectiveBaseAddress);

    /// <summary>The settings every HTTP client of the connector takes.</summary>
    internal ConnectorHttpSettings HttpSettings => ConnectorHttpSettings.Of(this, MaxPageBytes);

    /// <summary>Prints the settings with the key redacted.</summary>
    public override string ToString() =>
        $"CaseXchangeOptions {{ Environment = {Environment}, BaseAddress = {EffectiveBaseAddress}, ApiKey = {SecretRedactor.Redacted} }}";
}
