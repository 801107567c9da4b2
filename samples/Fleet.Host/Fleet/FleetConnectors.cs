using Connectors.CasePeer;
using Connectors.CaseXchange;
using Connectors.Core.Sources;
using Connectors.Core.Writes;
using Connectors.MyCase;
using Connectors.MyCase.Authentication;
using Connectors.SmartAdvocate;

using Fleet.Host.Database;
using Fleet.Host.Stores;

using Microsoft.Extensions.DependencyInjection;

namespace Fleet.Host.Fleet;

/// <summary>Registers each firm's connector under its firm key (the connectors' keyed variants), against its sandbox tenant.</summary>
public static class FleetConnectors
{
    /// <summary>One keyed connector per firm, each firm its own tenant of the in-process sandbox (created here).</summary>
    public static IServiceCollection AddFleetConnectors(
        this IServiceCollection services, IReadOnlyCollection<FleetFirm> firms, FleetSandbox sandbox, int? casesPerFirm = null)
    {
        ArgumentNullException.ThrowIfNull(firms);
        ArgumentNullException.ThrowIfNull(sandbox);
        return services.AddFleetConnectors(firms, sandbox.TenantsOf(firms, casesPerFirm));
    }

    /// <summary>
    /// One keyed connector per firm: its own options, credentials, HTTP clients, rate limit and (MyCase) token cache, over
    /// the firm's row of the database's token table (the host registers its <see cref="FleetDatabase"/>). Each firm's
    /// services live in a container of its own (<see cref="FirmContainers"/>), held while the firm runs; the host resolves
    /// them by firm key as keyed services, as if registered in it.
    /// </summary>
    public static IServiceCollection AddFleetConnectors(
        this IServiceCollection services, IEnumerable<FleetFirm> firms, IReadOnlyDictionary<string, FirmTenant> tenants)
    {
        ArgumentNullException.ThrowIfNull(firms);
        ArgumentNullException.ThrowIfNull(tenants);
        var registrations = new Dictionary<string, Action<IServiceCollection>>(StringComparer.Ordinal);
        foreach (var firm in firms)
        {
            var tenant = tenants.TryGetValue(firm.Key, out var found)
                ? found
                : throw new ArgumentException($"Firm {firm.Key} has no sandbox tenant.", nameof(tenants));
            registrations[firm.Key] = firmServices => AddFirm(firmServices, firm, tenant);
        }

        services.AddSingleton<SharedConnectionPool>();
        services.AddSingleton(sp => new FirmContainers(sp, registrations));
        // What the fleet resolves by firm key; null when the firm's connector has none (a MyCase firm has no note writer).
        Forward<ICaseSource>(services);
        Forward<ICaseNoteWriter>(services);
        Forward<ICaseDocumentWriter>(services);
        Forward<CaseXchangeClient>(services);
        Forward<IMyCaseTokenStore>(services);
        Forward<MyCaseOAuthClient>(services);
        Forward<MyCaseCaseSource>(services);
        return services;
    }

    // Transient in the host, so the host never keeps a firm's service beyond its container's life.
    private static void Forward<T>(IServiceCollection services)
        where T : class =>
        services.AddKeyedTransient<T>(KeyedService.AnyKey, (sp, key) =>
        {
            var containers = sp.GetRequiredService<FirmContainers>();
            return key is string firmKey && containers.Knows(firmKey)
                ? containers.For(firmKey).GetKeyedService<T>(firmKey)!
                : null!;
        });

    private static void AddFirm(IServiceCollection services, FleetFirm firm, FirmTenant tenant)
    {
        // Every firm's HTTP clients share the node's one connection pool: connections bounded by the firms running at
        // once, not by the fleet's size.
        // No handler rotation: the pool's connections rotate themselves, and a rotation timer would keep a firm's client
        // chain (and its container) alive for minutes after its run.
        services.ConfigureHttpClientDefaults(client => client
            .ConfigurePrimaryHttpMessageHandler(sp => sp.GetRequiredService<SharedConnectionPool>().CreateHandler())
            .SetHandlerLifetime(Timeout.InfiniteTimeSpan));
        var credentials = tenant.Credentials;
        switch (firm.Vendor)
        {
            case Vendor.CasePeer:
                services.AddKeyedCasePeer(firm.Key, o =>
                {
                    o.BaseAddress = tenant.BaseAddress;
                    o.ApiKey = credentials.ApiKey;
                });
                break;
            case Vendor.MyCase:
                // The firm's tokens live in the fleet database, shared by every node (compare-and-swap writes, so two
                // nodes never spend one refresh token); registered under the firm key before AddKeyedMyCase.
                services.AddKeyedSingleton<IMyCaseTokenStore>(
                    firm.Key, (sp, _) => new AdoMyCaseTokenStore(sp.GetRequiredService<FleetDatabase>(), firm.Key));
                services.AddKeyedMyCase(firm.Key, o =>
                {
                    o.BaseAddress = tenant.BaseAddress;
                    o.AuthorizationServer = new Uri(tenant.BaseAddress, "auth/");
                    o.ClientId = credentials.ClientId;
                    o.ClientSecret = credentials.ClientSecret;
                    o.RedirectUri = credentials.RedirectUri;
                });
                break;
            case Vendor.SmartAdvocate:
                services.AddKeyedSmartAdvocate(firm.Key, o =>
                {
                    o.BaseAddress = tenant.BaseAddress;
                    o.Username = credentials.Username;
                    o.Password = credentials.Password;
                    o.ClientKey = credentials.ClientKey;
                    o.DialerTimeZone = firm.Zone.Id;
                    o.StageSubStatusTypes = ["Treatment Status"];
                    o.DefaultAttorneyEmail = "lead.attorney@sandbox-firm.example";
                });
                break;
            case Vendor.CaseXchange:
                services.AddKeyedCaseXchange(firm.Key, o =>
                {
                    o.Environment = CaseXchangeEnvironment.Custom;
                    o.BaseAddress = new Uri(tenant.BaseAddress, "api/public/v1/");
                    o.ApiKey = credentials.ApiKey;
                });
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(firm), firm.Vendor, "Unknown vendor.");
        }
    }
}
