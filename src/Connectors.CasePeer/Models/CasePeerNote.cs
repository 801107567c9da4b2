namespace Connectors.CasePeer.Models;

/// <summary>A case note.</summary>
/// <param name="Id">Note id.</param>
/// <param name="CaseId">The case.</param>
/// <param name="Note">The text.</param>
/// <param name="AuthorEmail">The author (the primary attorney, for notes the SDK writes).</param>
/// <param name="CreatedAt">When it was written.</param>
public sealed record CasePeerNote(long Id, long CaseId, string Note, string? AuthorEmail, DateTimeOffset CreatedAt);
