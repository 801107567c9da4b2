namespace Connectors.Shared;

/// <summary>An API key as <see cref="ApiKeyHandler"/> attaches it.</summary>
/// <param name="HeaderName">The header that carries the key (<c>X-API-Key</c>, <c>X-ApiKey</c>, or a configured name).</param>
/// <param name="Key">The key; null or empty when none is configured (then no header is sent).</param>
/// <param name="Origin">The configured API address: the key goes to its scheme, host and port only.</param>
internal readonly record struct ApiKeyCredential(string HeaderName, string? Key, Uri? Origin)
{
    /// <summary>Never shows the key.</summary>
    public override string ToString() => $"ApiKeyCredential {{ HeaderName = {HeaderName}, Origin = {Origin} }}";
}
