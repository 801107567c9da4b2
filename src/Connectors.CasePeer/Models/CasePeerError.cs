namespace Connectors.CasePeer.Models;

/// <summary>CASEpeer's error body: <c>{"detail": "..."}</c>.</summary>
/// <param name="Detail">The message.</param>
public sealed record CasePeerError(string? Detail);
