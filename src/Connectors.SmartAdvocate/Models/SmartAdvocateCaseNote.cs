using System.Text.Json;
using System.Text.Json.Serialization;

using NodaTime;

namespace Connectors.SmartAdvocate.Models;

/// <summary>A case note as <c>GET /CaseSyncAPI/case/{caseID}/notes</c> returns it. Note text is personal data: never logged.</summary>
public sealed record SmartAdvocateCaseNote
{
    /// <summary>Note id.</summary>
    [JsonPropertyName("noteID")]
    public long NoteId { get; init; }

    /// <summary>Case id.</summary>
    [JsonPropertyName("caseID")]
    public long CaseId { get; init; }

    /// <summary>Case number.</summary>
    [JsonPropertyName("caseNumber")]
    public string? CaseNumber { get; init; }

    /// <summary>Note type id.</summary>
    [JsonPropertyName("noteTypeID")]
    public long? NoteTypeId { get; init; }

    /// <summary>Note type name (for example <c>Plaintiff</c>).</summary>
    [JsonPropertyName("noteTypeName")]
    public string? NoteTypeName { get; init; }

    /// <summary>The note body, as HTML.</summary>
    [JsonPropertyName("noteText")]
    public string? NoteText { get; init; }

    /// <summary>The contact the note is about.</summary>
    [JsonPropertyName("uniqueContactId")]
    public long? UniqueContactId { get; init; }

    /// <summary>The name of the contact the note is about.</summary>
    [JsonPropertyName("uniqueContactName")]
    public string? UniqueContactName { get; init; }

    /// <summary>Priority, as sent (its type is not documented, so it is kept raw).</summary>
    [JsonPropertyName("priority")]
    public JsonElement? Priority { get; init; }

    /// <summary>The author's user id.</summary>
    [JsonPropertyName("userID")]
    public long? UserId { get; init; }

    /// <summary>The note's date.</summary>
    [JsonPropertyName("noteDate")]
    public Instant? NoteDate { get; init; }

    /// <summary>When the note was created.</summary>
    [JsonPropertyName("createdDate")]
    public Instant? CreatedDate { get; init; }

    /// <summary>Subject line.</summary>
    [JsonPropertyName("subject")]
    public string? Subject { get; init; }

    /// <summary>True when the note is shared in the client portal (pushed to the client as a message by some platforms).</summary>
    [JsonPropertyName("isSharedinCP")]
    public bool? IsSharedInCP { get; init; }

    /// <summary>True when the note is shared with all users.</summary>
    [JsonPropertyName("isSharedWithAll")]
    public bool? IsSharedWithAll { get; init; }

    /// <summary>Does not print the note's text.</summary>
    public override string ToString() => $"SmartAdvocateCaseNote {{ NoteId = {NoteId}, CaseId = {CaseId} }}";
}
