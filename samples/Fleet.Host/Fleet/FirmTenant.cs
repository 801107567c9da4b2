using Connectors.Sandbox.Tenants;

namespace Fleet.Host.Fleet;

/// <summary>
/// Where and how one firm's connector reaches its vendor: the firm's own tenant of the sandbox, with its own credentials.
/// A platform reads these from its secret store; the sample asks the sandbox, which creates each firm's tenant once.
/// </summary>
/// <param name="BaseAddress">The tenant's vendor base address, as <c>http://127.0.0.1:5080/t/mycase-001/mycase/</c>.</param>
/// <param name="Credentials">The tenant's sandbox-only credentials (its <c>ToString()</c> redacts the secrets).</param>
public sealed record FirmTenant(Uri BaseAddress, SandboxTenantCredentials Credentials)
{
    /// <summary>The sandbox's path prefix of a vendor (its name in tenant URLs).</summary>
    public static string PrefixOf(Vendor vendor) => vendor switch
    {
        Vendor.CasePeer => "casepeer",
        Vendor.MyCase => "mycase",
        Vendor.SmartAdvocate => "smartadvocate",
        Vendor.CaseXchange => "casexchange",
        _ => throw new ArgumentOutOfRangeException(nameof(vendor), vendor, "Unknown vendor."),
    };
}
