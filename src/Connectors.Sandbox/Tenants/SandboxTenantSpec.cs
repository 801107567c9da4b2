namespace Connectors.Sandbox.Tenants;

/// <summary>One firm to serve at one vendor (<see cref="SandboxServer.AddTenant"/>).</summary>
/// <param name="Name">The tenant's name in its URLs (<c>/t/{name}/</c>): 1 to 64 of <c>a-z</c>, <c>0-9</c> and <c>-</c>.</param>
/// <param name="Vendor">The vendor's path prefix: <c>casepeer</c>, <c>mycase</c>, <c>smartadvocate</c> or <c>casexchange</c>.</param>
/// <param name="Cases">How many cases to seed (Case Xchange: sent cases); null takes the vendor sandbox's default.</param>
/// <param name="Seed">The data's seed; null derives a stable one from <paramref name="Name"/>, so each firm's data differs.</param>
public sealed record SandboxTenantSpec(string Name, string Vendor, int? Cases = null, int? Seed = null);
