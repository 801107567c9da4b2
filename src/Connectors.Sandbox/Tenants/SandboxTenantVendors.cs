using System.Globalization;
using System.Security.Cryptography;

using Connectors.Sandbox.CasePeer;
using Connectors.Sandbox.CaseXchange;
using Connectors.Sandbox.MyCase;
using Connectors.Sandbox.SmartAdvocate;

namespace Connectors.Sandbox.Tenants;

// The four vendors a tenant can be, their generated credentials, and the vendor sandbox each tenant gets.
internal static class SandboxTenantVendors
{
    public static readonly IReadOnlyList<string> Prefixes = ["casepeer", "mycase", "smartadvocate", "casexchange"];

    public static SandboxTenantCredentials Credentials(string vendor, string name) => vendor switch
    {
        "casepeer" => new() { ApiKey = $"sandbox-casepeer-{Secret()}" },
        "mycase" => new()
        {
            ClientId = $"sandbox-mycase-{name}",
            ClientSecret = $"sandbox-mycase-{Secret()}",
            RedirectUri = new Uri($"http://127.0.0.1/t/{name}/mycase/callback"),
        },
        "smartadvocate" => new() { Username = $"{name}.user", Password = Secret(), ClientKey = Secret() },
        "casexchange" => new() { ApiKey = $"cxp_std_{Secret()}" },
        _ => throw new ArgumentException(
            $"The sandbox has no vendor '{vendor}'; use one of {string.Join(", ", Prefixes)}.",
            nameof(vendor)),
    };

    public static ISandboxVendor Create(SandboxTenant tenant)
    {
        var credentials = tenant.Credentials;
        return tenant.Vendor switch
        {
            "casepeer" => new CasePeerSandbox(new CasePeerSandboxOptions
            {
                ApiKey = credentials.ApiKey!,
                Seed = tenant.Seed,
                Cases = tenant.Cases ?? new CasePeerSandboxOptions().Cases,
            }),
            "mycase" => new MyCaseSandbox(new MyCaseSandboxOptions
            {
                ClientId = credentials.ClientId!,
                ClientSecret = credentials.ClientSecret!,
                RedirectUri = credentials.RedirectUri!,
                FirmUuid = FirmUuid(tenant.Name),
                Seed = tenant.Seed,
                Cases = tenant.Cases ?? new MyCaseSandboxOptions().Cases,
            }),
            "smartadvocate" => new SmartAdvocateSandbox(new SmartAdvocateSandboxOptions
            {
                Username = credentials.Username!,
                Password = credentials.Password!,
                ClientKey = credentials.ClientKey!,
                Cases = tenant.Cases ?? new SmartAdvocateSandboxOptions().Cases,
            }),
            _ => new CaseXchangeSandbox(new CaseXchangeSandboxOptions
            {
                StandardKey = credentials.ApiKey!,
                ReadOnlyKey = $"cxp_ro_{Secret()}",
                FullKey = $"cxp_full_{Secret()}",
                FirmName = $"Sandbox firm {tenant.Name}",
                Seed = tenant.Seed,
                SentCases = tenant.Cases ?? new CaseXchangeSandboxOptions().SentCases,
            }),
        };
    }

    // FNV-1a of the name: stable across processes (string.GetHashCode is not), positive.
    public static int SeedOf(string name)
    {
        var hash = 2166136261u;
        foreach (var c in name)
        {
            hash = unchecked((hash ^ c) * 16777619u);
        }

        return (int)(hash & 0x7FFFFFFF);
    }

    private static string FirmUuid(string name) =>
        $"6f1c2a8e-5b7d-4c3e-9a10-{SeedOf(name).ToString("x12", CultureInfo.InvariantCulture)}";

    private static string Secret() => Convert.ToHexString(RandomNumberGenerator.GetBytes(16)).ToLowerInvariant();
}
