using Connectors.MyCase.Authentication;

using Microsoft.Extensions.DependencyInjection;

namespace Fleet.Host.Fleet;

/// <summary>
/// Connects each MyCase firm once, as its user would by choosing 'Allow Access': against the sandbox an HttpClient plays
/// the browser. The tokens go to the firm's keyed token store, its row in the fleet database, which every node shares: a
/// firm already authorized there (by this node's last start or by another node) is skipped. Two nodes that start at once
/// may both authorize a new firm: both pairs are valid, the later save replaces the earlier one (the SDK's save is a
/// compare-and-swap retried on the version it reads), so one authorization wins and the other's pair is discarded unused.
/// An in-process sandbox lives as long as its node: its tenants are new at every start, so the pairs stored by an earlier
/// start mean nothing to it and every firm is authorized again (<c>replaceStored</c>).
/// </summary>
public static class MyCaseFirmAuthorization
{
    /// <summary>Authorizes every MyCase firm that has no tokens in the database yet.</summary>
    public static Task AuthorizeAsync(IServiceProvider services, IEnumerable<FleetFirm> firms, CancellationToken cancellationToken) =>
        AuthorizeAsync(services, firms, replaceStored: false, cancellationToken);

    /// <summary>
    /// Authorizes every MyCase firm that has no tokens in the database yet (every one, when <paramref name="replaceStored"/>).
    /// </summary>
    public static async Task AuthorizeAsync(
        IServiceProvider services, IEnumerable<FleetFirm> firms, bool replaceStored, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(firms);
        using var handler = new HttpClientHandler { AllowAutoRedirect = false };
        using var browser = new HttpClient(handler);
        var containers = services.GetService<FirmContainers>();
        foreach (var firm in firms.Where(f => f.Vendor == Vendor.MyCase))
        {
            // Held for this firm only: authorizing a fleet does not keep every firm's services alive.
            var lease = containers?.Hold(firm.Key) ?? FirmContainers.Lease.None;
            await using (lease.ConfigureAwait(false))
            {
                await AuthorizeAsync(services, browser, firm, replaceStored, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    private static async Task AuthorizeAsync(
        IServiceProvider services, HttpClient browser, FleetFirm firm, bool replaceStored, CancellationToken cancellationToken)
    {
        var tokens = services.GetRequiredKeyedService<IMyCaseTokenStore>(firm.Key);
        if (!replaceStored && await tokens.GetAsync(cancellationToken).ConfigureAwait(false) is not null)
        {
            return;
        }

        var oauth = services.GetRequiredKeyedService<MyCaseOAuthClient>(firm.Key);
        var state = Convert.ToHexString(System.Security.Cryptography.RandomNumberGenerator.GetBytes(16));
        using var response = await browser.GetAsync(oauth.BuildAuthorizeUri(state), cancellationToken).ConfigureAwait(false);
        var redirect = response.Headers.Location
            ?? throw new InvalidOperationException($"The sandbox did not redirect firm {firm.Key} back.");
        await oauth.CompleteAuthorizationAsync(redirect, state, cancellationToken).ConfigureAwait(false);
    }
}
