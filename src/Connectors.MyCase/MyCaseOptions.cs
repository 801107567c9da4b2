using Connectors.MyCase.Webhooks;

namespace Connectors.MyCase;

/// <summary>MyCase connection settings, validated at start-up. <see cref="ToString"/> never shows the client secret.</summary>
public sealed class MyCaseOptions : Core.Http.ConnectorOptions
{
    /// <summary>Defaults: 20 seconds per attempt, 90 seconds per request with its retries.</summary>
    public MyCaseOptions()
        : base(TimeSpan.FromSeconds(20), TimeSpan.FromSeconds(90))
    {
    }

    /// <summary>The configuration section bound by default.</summary>
    public const string SectionName = "MyCase";

    /// <summary>The API server; <c>https://external-integrations.mycase.com/</c> by default. Paths start with <c>v1/</c>.</summary>
    public Uri? BaseAddress { get; set; } = new("https://external-integrations.mycase.com/");

    /// <summary>The OAuth server; <c>https://auth.mycase.com/</c> by default (<c>login_sessions/new</c> and <c>tokens</c>).</summary>
    public Uri? AuthorizationServer { get; set; } = new("https://auth.mycase.com/");

    /// <summary>The OAuth client id MyCase support issued.</summary>
    public string? ClientId { get; set; }

    /// <summary>The OAuth client secret MyCase support issued. Never logged.</summary>
    public string? ClientSecret { get; set; }

    /// <summary>The redirect URI registered with MyCase support for this client.</summary>
    public Uri? RedirectUri { get; set; }

    /// <summary>Items per page, 1 to 1000 (MyCase's maximum); 100 by default.</summary>
    public int PageSize { get; set; } = 100;

    /// <summary>
    /// The most bytes of one answer the client reads into memory (a case page is the largest); past it the read stops
    /// with <see cref="Core.Http.ConnectorResponseFormatException"/>. Default 16 MiB (a page of 1000 cases with their clients is about 0.8
    /// MB); at least 64 KiB.
    /// </summary>
    public long MaxPageBytes { get; set; } = Shared.ResponseBodyLimit.DefaultPageBytes;

    /// <summary>Requests per second this client sends at most; MyCase allows 25 per client.</summary>
    public int RequestsPerSecond { get; set; } = 25;

    /// <summary>How long before the access token's expiry it is refreshed.</summary>
    public TimeSpan TokenRefreshMargin { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>
    /// How long a token request (code exchange or refresh) may take, answer included; 60 seconds by default. A refresh
    /// token is single use, so once sent the request runs to completion under this timeout alone: neither the caller's
    /// cancellation nor <see cref="Core.Http.ConnectorOptions.AttemptTimeout"/> cuts it, and its answer is saved even when the caller has
    /// gone.
    /// </summary>
    public TimeSpan TokenRequestTimeout { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>The most bytes a token answer may have (64 KiB by default); a longer one is refused unread.</summary>
    public int TokenResponseMaxBytes { get; set; } = 64 * 1024;

    /// <summary>How many times a document's bytes are PUT to the same presigned URL before giving up.</summary>
    public int UploadAttempts { get; set; } = 3;

    /// <summary>The MyCase folder platform documents go to (created by MyCase when missing).</summary>
    public string DocumentFolder { get; set; } = "Case Status";

    /// <summary>How webhook deliveries are verified (modelled: MyCase does not publish the algorithm).</summary>
    public MyCaseWebhookSignatureOptions Webhooks { get; set; } = new();

    /// <summary>The settings every HTTP client of the connector takes.</summary>
    internal Shared.ConnectorHttpSettings HttpSettings => Shared.ConnectorHttpSettings.Of(this, MaxPageBytes);

    /// <summary>Prints the settings with the secret redacted.</summary>
    public override string ToString() =>
        $"MyCaseOptions {{ BaseAddress = {BaseAddress}, AuthorizationServer = {AuthorizationServer}, ClientId = {ClientId}, " +
        $"ClientSecret = {Shared.SecretRedactor.Redacted}, RedirectUri = {RedirectUri} }}";
}
