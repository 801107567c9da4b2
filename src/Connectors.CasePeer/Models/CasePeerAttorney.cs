namespace Connectors.CasePeer.Models;

/// <summary>A CASEpeer staff member (the case's primary attorney).</summary>
/// <param name="Id">Staff id.</param>
/// <param name="Name">Display name.</param>
/// <param name="Email">Email: must be an attorney user on the platform.</param>
internal sealed record CasePeerAttorney(long Id, string? Name, string? Email);
