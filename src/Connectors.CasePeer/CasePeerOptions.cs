using Connectors.Shared;

namespace Connectors.CasePeer;

/// <summary>CASEpeer connection settings, validated at start-up. <see cref="ToString"/> never shows the key.</summary>
public sealed class CasePeerOptions : Core.Http.ConnectorOptions
{
    /// <summary>Defaults: 10 seconds per attempt, 60 seconds per request with its retries.</summary>
    public CasePeerOptions()
        : base(TimeSpan.FromSeconds(10), TimeSpan.FromSeconds(60))
    {
    }

    /// <summary>The configuration section bound by default.</summary>
    public const string SectionName = "CasePeer";

    /// <summary>The API root, as <c>https://api.casepeer.example/</c>; https unless loopback (the sandbox).</summary>
    public Uri? BaseAddress { get; set; }

    /// <summary>The firm's CASEpeer key.</summary>
    public string? ApiKey { get; set; }

    /// <summary>The header the key travels in; <c>X-API-Key</c> by default.</summary>
    public string ApiKeyHeaderName { get; set; } = "X-API-Key";

    /// <summary>The platform's name in note pretexts; "Case Status" by default, as the vendor document writes it.</summary>
    public string PlatformName { get; set; } = "Case Status";

    /// <summary>Cases per page (1 to 100).</summary>
    public int PageSize { get; set; } = 50;

    /// <summary>
    /// The most bytes of one answer the client reads into memory (a case page is the largest); past it the read stops
    /// with <see cref="Core.Http.ConnectorResponseFormatException"/>. Default 16 MiB (a page of 100 cases is about
    /// 0.2 MB); at least 64 KiB.
    /// </summary>
    public long MaxPageBytes { get; set; } = Shared.ResponseBodyLimit.DefaultPageBytes;

    /// <summary>How many times a write is sent again, with the same idempotency key, when no answer came back.</summary>
    public int WriteAttempts { get; set; } = 3;

    /// <summary>The key as the shared key handler attaches it: in its header, to the configured host only.</summary>
    internal ApiKeyCredential ApiKeyCredential => new(ApiKeyHeaderName, ApiKey, BaseAddress);

    /// <summary>The settings every HTTP client of the connector takes.</summary>
    internal ConnectorHttpSettings HttpSettings => ConnectorHttpSettings.Of(this, MaxPageBytes);

    /// <summary>Prints the settings with the key redacted.</summary>
    public override string ToString() =>
        $"CasePeerOptions {{ BaseAddress = {BaseAddress}, ApiKey = {Shared.SecretRedactor.Redacted}, "
        + $"ApiKeyHeaderName = {ApiKeyHeaderName} }}";
}
