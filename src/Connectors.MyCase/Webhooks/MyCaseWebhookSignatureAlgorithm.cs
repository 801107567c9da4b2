namespace Connectors.MyCase.Webhooks;

/// <summary>The HMAC a delivery's signature is checked with. MyCase does not publish it: SHA-256 is the modelled default.</summary>
public enum MyCaseWebhookSignatureAlgorithm
{
    /// <summary>HMAC-SHA256 over the raw body (the default).</summary>
    HmacSha256 = 0,

    /// <summary>HMAC-SHA1 over the raw body.</summary>
    HmacSha1,

    /// <summary>HMAC-SHA512 over the raw body.</summary>
    HmacSha512,
}
