namespace Connectors.MyCase.Webhooks;

/// <summary>
/// How webhook deliveries are verified. MyCase says deliveries are signed with the subscription's <c>hmac_key</c> but
/// publishes neither the header nor the algorithm: both are modelled (see <c>docs/vendors/mycase.md</c>) and configurable.
/// </summary>
public sealed class MyCaseWebhookSignatureOptions
{
    /// <summary>The header carrying the signature; <c>X-MyCase-Signature</c> by default (modelled).</summary>
    public string SignatureHeaderName { get; set; } = "X-MyCase-Signature";

    /// <summary>The HMAC; SHA-256 over the raw body by default (modelled).</summary>
    public MyCaseWebhookSignatureAlgorithm Algorithm { get; set; } = MyCaseWebhookSignatureAlgorithm.HmacSha256;
}
