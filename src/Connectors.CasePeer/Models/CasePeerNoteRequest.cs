namespace Connectors.CasePeer.Models;

/// <summary>The body of a new case note.</summary>
/// <param name="Note">The text.</param>
/// <param name="AuthorEmail">Who the note is written as.</param>
internal sealed record CasePeerNoteRequest(string Note, string? AuthorEmail);
