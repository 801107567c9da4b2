namespace Connectors.Sandbox.Tenants;

/// <summary>What one tenant served so far, for failover and benchmark checks (<see cref="SandboxTenant.Stats"/>).</summary>
/// <param name="Requests">Requests that reached the tenant.</param>
/// <param name="RateLimited">Of those, answered 429 (the vendor's own limit, or an injected fault).</param>
/// <param name="Refreshes">MyCase refresh grants honoured (0 for the other vendors).</param>
/// <param name="RefreshReuses">
/// MyCase refresh grants refused because the refresh token was already spent (or revoked): two hosts spending one
/// single-use token show here.
/// </param>
/// <param name="Writes">Writes the tenant's vendor applied.</param>
public sealed record SandboxTenantStats(long Requests, long RateLimited, int Refreshes, int RefreshReuses, int Writes);
