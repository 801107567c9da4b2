using Connectors.CasePeer;
using Connectors.CaseXchange;
using Connectors.MyCase;
using Connectors.MyCase.Authentication;
using Connectors.Sandbox.SmartAdvocate;
using Connectors.SmartAdvocate;

using Fleet.Host.Database;
using Fleet.Host.Stores;

using Microsoft.Extensions.DependencyInjection;

namespace Fleet.Host.Fleet;

/// <summary>Registers each firm's connector under its firm key (the connectors' keyed variants), against the sandbox.</summary>
public static class FleetConnectors
{
    /// <summary>
    /// One keyed connector per firm: its own options, HTTP clients, rate limit and (MyCase) token cache, over the firm's
    /// row of the database's token table (the host registers its <see cref="FleetDatabase"/>).
    /// </summary>
    public static IServiceCollection AddFleetConnectors(
        this IServiceCollection services, IEnumerable<FleetFirm> firms, FleetSandbox sandbox)
    {
        ArgumentNullException.ThrowIfNull(firms);
        ArgumentNullException.ThrowIfNull(sandbox);
        var server = sandbox.Server;
        foreach (var firm in firms)
        {
            switch (firm.Vendor)
            {
                case Vendor.CasePeer:
                    services.AddKeyedCasePeer(firm.Key, o =>
                    {
                        o.BaseAddress = server.BaseAddressOf(sandbox.CasePeer.PathPrefix);
                        o.ApiKey = sandbox.CasePeer.Options.ApiKey;
                    });
                    break;
                case Vendor.MyCase:
                    // The firm's tokens live in the fleet database, shared by every node (compare-and-swap writes, so two
                    // nodes never spend one refresh token); registered under the firm key before AddKeyedMyCase.
                    services.AddKeyedSingleton<IMyCaseTokenStore>(
                        firm.Key, (sp, _) => new AdoMyCaseTokenStore(sp.GetRequiredService<FleetDatabase>(), firm.Key));
                    services.AddKeyedMyCase(firm.Key, o =>
                    {
                        o.BaseAddress = server.BaseAddressOf(sandbox.MyCase.PathPrefix);
                        o.AuthorizationServer = new Uri(o.BaseAddress, "auth/");
                        o.ClientId = sandbox.MyCase.Options.ClientId;
                        o.ClientSecret = sandbox.MyCase.Options.ClientSecret;
                        o.RedirectUri = sandbox.MyCase.Options.RedirectUri;
                    });
                    break;
                case Vendor.SmartAdvocate:
                    services.AddKeyedSmartAdvocate(firm.Key, o =>
                    {
                        o.BaseAddress = server.BaseAddressOf(SmartAdvocateSandbox.Prefix);
                        o.Username = sandbox.SmartAdvocate.Options.Username;
                        o.Password = sandbox.SmartAdvocate.Options.Password;
                        o.ClientKey = sandbox.SmartAdvocate.Options.ClientKey;
                        o.DialerTimeZone = firm.Zone.Id;
                        o.StageSubStatusTypes = ["Treatment Status"];
                        o.DefaultAttorneyEmail = "lead.attorney@sandbox-firm.example";
                    });
                    break;
                case Vendor.CaseXchange:
                    services.AddKeyedCaseXchange(firm.Key, o =>
                    {
                        o.Environment = CaseXchangeEnvironment.Custom;
                        o.BaseAddress = new Uri(server.BaseAddressOf(sandbox.CaseXchange.PathPrefix), "api/public/v1/");
                        o.ApiKey = sandbox.CaseXchange.Options.StandardKey;
                    });
                    break;
                default:
                    throw new ArgumentOutOfRangeException(nameof(firms), firm.Vendor, "Unknown vendor.");
            }
        }

        return services;
    }
}
