namespace Connectors.CasePeer.Models;

/// <summary>CASEpeer's error body: <c>{"detail": "..."}</c>.</summary>
/// <param name="Detail">The message.</param>
internal sealed record CasePeerError(string? Detail);
