namespace Connectors.MyCase.Models;

/// <summary>The body of <c>POST /v1/cases/{id}/documents</c> (OpenAPI <c>DocumentRequest</c>).</summary>
/// <param name="Path">The path including the document's name; missing folders are created.</param>
/// <param name="Filename">The physical file's name, with its extension.</param>
/// <param name="Description">The description.</param>
/// <param name="AssignedDate">The assigned date (ISO-8601 date), or null.</param>
public sealed record MyCaseDocumentRequest(string Path, string Filename, string? Description = null, string? AssignedDate = null);
