using System.Security.Cryptography;
using System.Text;

namespace Connectors.MyCase.Webhooks;

/// <summary>
/// Computes and checks a delivery's HMAC over the raw body bytes with the subscription's <c>hmac_key</c> (UTF-8). A
/// signature is accepted as hex (either case) or base64, with or without an <c>algorithm=</c> prefix
/// (<c>sha256=...</c>), and compared in constant time.
/// </summary>
public static class MyCaseWebhookSignature
{
    /// <summary>The signature of <paramref name="body"/>, as lowercase hex.</summary>
    public static string Compute(
        ReadOnlySpan<byte> body,
        string hmacKey,
        MyCaseWebhookSignatureAlgorithm algorithm = MyCaseWebhookSignatureAlgorithm.HmacSha256)
    {
        ArgumentException.ThrowIfNullOrEmpty(hmacKey);
        return Convert.ToHexString(Hash(body, Encoding.UTF8.GetBytes(hmacKey), algorithm)).ToLowerInvariant();
    }

    /// <summary>True when <paramref name="signature"/> is the HMAC of <paramref name="body"/> under <paramref name="hmacKey"/>.</summary>
    public static bool Verify(
        ReadOnlySpan<byte> body,
        string? signature,
        string hmacKey,
        MyCaseWebhookSignatureAlgorithm algorithm = MyCaseWebhookSignatureAlgorithm.HmacSha256)
    {
        ArgumentException.ThrowIfNullOrEmpty(hmacKey);
        if (string.IsNullOrWhiteSpace(signature))
        {
            return false;
        }

        var text = signature.Trim();
        if (text.IndexOf('=', StringComparison.Ordinal) is var equals and > 0 && equals < 10 && !text[..equals].Any(c => c is '+' or '/'))
        {
            text = text[(equals + 1)..];
        }

        var expected = Hash(body, Encoding.UTF8.GetBytes(hmacKey), algorithm);
        return Decode(text, expected.Length) is { } given && CryptographicOperations.FixedTimeEquals(expected, given);
    }

    private static byte[]? Decode(string text, int length)
    {
        if (text.Length == length * 2)
        {
            try
            {
                return Convert.FromHexString(text);
            }
            catch (FormatException)
            {
                // not hex: try base64
            }
        }

        var buffer = new byte[length + 3];
        return Convert.TryFromBase64String(text, buffer, out var written) && written == length ? buffer[..length] : null;
    }

    private static byte[] Hash(ReadOnlySpan<byte> body, byte[] key, MyCaseWebhookSignatureAlgorithm algorithm) => algorithm switch
    {
#pragma warning disable CA5350 // SHA-1 only when a host configures it to match MyCase; SHA-256 is the default
        MyCaseWebhookSignatureAlgorithm.HmacSha1 => HMACSHA1.HashData(key, body),
#pragma warning restore CA5350
        MyCaseWebhookSignatureAlgorithm.HmacSha512 => HMACSHA512.HashData(key, body),
        _ => HMACSHA256.HashData(key, body),
    };
}
