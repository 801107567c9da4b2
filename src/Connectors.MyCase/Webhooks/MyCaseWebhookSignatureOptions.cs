namespace Connectors.MyCase.Webhooks;

/// <summary>
/// How webhook deliveries are verified and bounded. MyCase says deliveries are signed with the subscription's <c>hmac_key</c> but
/// publishes neither the header nor the algorithm: both are modelled (see <c>docs/vendors/mycase.md</c>) and configurable.
/// </summary>
public sealed class MyCaseWebhookSignatureOptions
{
    /// <summary>The header carrying the signature; <c>X-MyCase-Signature</c> by default (modelled).</summary>
    public string SignatureHeaderName { get; set; } = "X-MyCase-Signature";

    /// <summary>The HMAC; SHA-256 over the raw body by default (modelled).</summary>
    public MyCaseWebhookSignatureAlgorithm Algorithm { get; set; } = MyCaseWebhookSignatureAlgorithm.HmacSha256;

    /// <summary>
    /// How long a delivery is remembered (by its id, or by its signed body when it has none): the same delivery again
    /// within this time is answered and not acted on. 24 hours by default.
    /// </summary>
    public TimeSpan ReplayWindow { get; set; } = TimeSpan.FromHours(24);

    /// <summary>How many deliveries are remembered at most (the oldest are forgotten first); 10,000 by default.</summary>
    public int ReplayCapacity { get; set; } = 10_000;

    /// <summary>
    /// The most cases one delivery makes the SDK read (a client's delivery reads each of the client's cases); 25 by
    /// default. The rest are reported in <see cref="MyCaseWebhookReceipt.CasesNotRead"/> and left to the next sync.
    /// </summary>
    public int MaxCaseReadsPerDelivery { get; set; } = 25;
}
