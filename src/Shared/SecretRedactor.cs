namespace Connectors.Shared;

/// <summary>
/// Keeps credentials out of logs, exception messages and <c>ToString()</c>: header names whose values are never
/// shown, and masks for values that must be mentioned.
/// </summary>
internal static class SecretRedactor
{
    /// <summary>What a redacted value is replaced with.</summary>
    public const string Redacted = "[redacted]";

    /// <summary>Header names whose values are credentials (compared without regard to case).</summary>
    public static IReadOnlySet<string> SensitiveHeaders { get; } = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "Authorization", "Proxy-Authorization", "Cookie", "Set-Cookie", "X-API-Key", "X-ApiKey", "Api-Key",
    };

    /// <summary>Query parameter names whose values are credentials or one-time codes.</summary>
    public static IReadOnlySet<string> SensitiveQueryNames { get; } = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "code", "access_token", "refresh_token", "client_secret", "api_key", "apikey", "token", "password", "signature", "x-amz-signature",
    };

    /// <summary>Always <see cref="Redacted"/>, whatever the secret: not even its length is shown.</summary>
    public static string Mask(string? secret) => Redacted;

    /// <summary>True when a header's value must never be logged.</summary>
    public static bool IsSensitiveHeader(string name) => SensitiveHeaders.Contains(name);

    /// <summary>The URI with the values of sensitive query parameters replaced, safe to log.</summary>
    public static string RedactUri(Uri uri)
    {
        ArgumentNullException.ThrowIfNull(uri);
        var text = uri.IsAbsoluteUri ? uri.GetLeftPart(UriPartial.Path) : uri.OriginalString.Split('?')[0];
        var query = uri.IsAbsoluteUri ? uri.Query.TrimStart('?') : (uri.OriginalString.Split('?', 2) is [_, var q] ? q : string.Empty);
        if (query.Length == 0)
        {
            return text;
        }

        var parts = query.Split('&').Select(part =>
        {
            var name = Uri.UnescapeDataString(part.Split('=', 2)[0]);
            return SensitiveQueryNames.Contains(name) ? $"{part.Split('=', 2)[0]}={Redacted}" : part;
        });
        return $"{text}?{string.Join('&', parts)}";
    }
}
