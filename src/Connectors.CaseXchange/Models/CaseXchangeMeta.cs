namespace Connectors.CaseXchange.Models;

/// <summary>Response metadata.</summary>
/// <param name="RequestId">The request id, to quote to Case Xchange support.</param>
/// <param name="Timestamp">When the server answered.</param>
internal sealed record CaseXchangeMeta(string? RequestId, DateTimeOffset? Timestamp);
