namespace Connectors.Shared;

/// <summary>
/// Attaches an API key, only to requests for the configured origin (<see cref="CredentialOrigin"/>); any copy of the
/// header already on a request is removed first, so a key set elsewhere never travels to another host either. The
/// credential is read on every request, so changed options take effect at once. Redirects are never followed with it
/// (<see cref="RedirectRefusalHandler"/>).
/// </summary>
/// <param name="credential">The connector's key, header name and configured address, read per request.</param>
internal sealed class ApiKeyHandler(Func<ApiKeyCredential> credential) : DelegatingHandler
{
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var current = credential();
        request.Headers.Remove(current.HeaderName);
        if (!string.IsNullOrEmpty(current.Key) && CredentialOrigin.Matches(request.RequestUri, current.Origin))
        {
            request.Headers.TryAddWithoutValidation(current.HeaderName, current.Key);
        }

        return base.SendAsync(request, cancellationToken);
    }
}
