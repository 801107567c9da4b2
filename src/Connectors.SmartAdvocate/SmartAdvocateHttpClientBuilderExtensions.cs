using Connectors.Shared;

using Microsoft.Extensions.DependencyInjection;

namespace Connectors.SmartAdvocate;

/// <summary>
/// Reaches SmartAdvocate's other two HTTP clients from the builder <c>AddSmartAdvocate</c> or <c>AddKeyedSmartAdvocate</c>
/// returned (CaseSyncAPI's), to chain handlers or a primary handler of your own on them too.
/// </summary>
public static class SmartAdvocateHttpClientBuilderExtensions
{
    /// <summary>The Predictive Dialer API's HTTP client builder of the same registration (the same firm, when keyed).</summary>
    /// <param name="caseSync">The builder <c>AddSmartAdvocate</c> or <c>AddKeyedSmartAdvocate</c> returned.</param>
    /// <returns>The dialer client's builder.</returns>
    /// <exception cref="ArgumentException"><paramref name="caseSync"/> is not a builder those methods returned.</exception>
    public static IHttpClientBuilder SmartAdvocateDialer(this IHttpClientBuilder caseSync) =>
        Sibling(caseSync, SmartAdvocateServiceCollectionExtensions.DialerPurpose);

    /// <summary>CaseSyncAPI's sign-in HTTP client builder of the same registration (the same firm, when keyed).</summary>
    /// <param name="caseSync">The builder <c>AddSmartAdvocate</c> or <c>AddKeyedSmartAdvocate</c> returned.</param>
    /// <returns>The sign-in client's builder.</returns>
    /// <exception cref="ArgumentException"><paramref name="caseSync"/> is not a builder those methods returned.</exception>
    public static IHttpClientBuilder SmartAdvocateSignIn(this IHttpClientBuilder caseSync) =>
        Sibling(caseSync, SmartAdvocateServiceCollectionExtensions.SignInPurpose);

    // The clients of one registration differ only in their purpose: the key suffix, if any, is the same.
    private static IHttpClientBuilder Sibling(IHttpClientBuilder caseSync, string purpose)
    {
        ArgumentNullException.ThrowIfNull(caseSync);
        var prefix = ConnectorRegistration<SmartAdvocateOptions>.ClientName(
            SmartAdvocateServiceCollectionExtensions.Vendor, SmartAdvocateServiceCollectionExtensions.CaseSyncPurpose, null);
        if (caseSync.Name is not { } name || !name.StartsWith(prefix, StringComparison.Ordinal))
        {
            throw new ArgumentException("Pass the builder AddSmartAdvocate or AddKeyedSmartAdvocate returned (CaseSyncAPI's).",
                nameof(caseSync));
        }

        var suffix = name[prefix.Length..];
        return caseSync.Services.AddHttpClient(ConnectorRegistration<SmartAdvocateOptions>.ClientName(
            SmartAdvocateServiceCollectionExtensions.Vendor, purpose, null) + suffix);
    }
}
