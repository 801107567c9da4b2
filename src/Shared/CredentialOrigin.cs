namespace Connectors.Shared;

/// <summary>The one rule for where a credential may travel: the configured API's own origin, nowhere else.</summary>
internal static class CredentialOrigin
{
    /// <summary>Same scheme, host and port: the only requests a key or token may travel with.</summary>
    public static bool Matches(Uri? request, Uri? configured) =>
        request is { IsAbsoluteUri: true } && configured is { IsAbsoluteUri: true }
        && string.Equals(request.Scheme, configured.Scheme, StringComparison.OrdinalIgnoreCase)
        && string.Equals(request.IdnHost, configured.IdnHost, StringComparison.OrdinalIgnoreCase)
        && request.Port == configured.Port;
}
