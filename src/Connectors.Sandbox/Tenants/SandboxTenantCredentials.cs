using System.Text;

namespace Connectors.Sandbox.Tenants;

/// <summary>
/// What a connector needs to reach one tenant: generated per tenant from a cryptographic random source, sandbox-only.
/// Each vendor uses a few of them; the others are null. <see cref="ToString"/> shows the identifiers, never the secrets.
/// </summary>
public sealed record SandboxTenantCredentials
{
    /// <summary>The API key: CASEpeer's firm key (in <c>X-API-Key</c>), or Case Xchange's standard key (<c>cxp_std_</c>).</summary>
    public string? ApiKey { get; init; }

    /// <summary>MyCase's OAuth client id.</summary>
    public string? ClientId { get; init; }

    /// <summary>MyCase's OAuth client secret.</summary>
    public string? ClientSecret { get; init; }

    /// <summary>MyCase's registered redirect URI.</summary>
    public Uri? RedirectUri { get; init; }

    /// <summary>SmartAdvocate's CaseSyncAPI user.</summary>
    public string? Username { get; init; }

    /// <summary>That user's password.</summary>
    public string? Password { get; init; }

    /// <summary>SmartAdvocate's dialer ClientKey (in <c>X-ApiKey</c>).</summary>
    public string? ClientKey { get; init; }

    /// <summary>The identifiers, and which secrets are set (their values redacted).</summary>
    public override string ToString()
    {
        var text = new StringBuilder("SandboxTenantCredentials { ");
        var first = true;
        void Add(string name, object? value, bool secret)
        {
            if (value is null)
            {
                return;
            }

            text.Append(first ? string.Empty : ", ").Append(name).Append(" = ").Append(secret ? "***" : value);
            first = false;
        }

        Add(nameof(ApiKey), ApiKey, secret: true);
        Add(nameof(ClientId), ClientId, secret: false);
        Add(nameof(ClientSecret), ClientSecret, secret: true);
        Add(nameof(RedirectUri), RedirectUri, secret: false);
        Add(nameof(Username), Username, secret: false);
        Add(nameof(Password), Password, secret: true);
        Add(nameof(ClientKey), ClientKey, secret: true);
        return text.Append(first ? "}" : " }").ToString();
    }
}
