using System.Security.Cryptography;
using System.Text;

namespace Connectors.SmartAdvocate;

/// <summary>
/// Marks the notes the SDK writes and recognises them when reading, so a write never comes back as input. A note also
/// carries a short id (<c>[Connectors SDK #3F9A2C1B7D04] text</c>): the natural key that lets the SDK look a note up
/// after a write whose answer was lost, and resend only when it is not there. The id is a token SmartAdvocate leaves
/// alone when it stores the note as HTML (upper-case hex digits and <c>#</c>), so it is found wherever the text ends up.
/// </summary>
internal static class SmartAdvocateNoteMarker
{
    /// <summary>
    /// Marks with <paramref name="noteId"/>: inside the marker's closing bracket when it has one
    /// (<c>[Connectors SDK #id]</c>), else after it (<c>SDK: #id</c>). A note that already starts with the marker keeps its text.
    /// </summary>
    public static string Mark(string marker, string note, string noteId)
    {
        var keyed = KeyedMarker(marker, noteId);
        var text = note.StartsWith(marker, StringComparison.Ordinal) ? note[marker.Length..].TrimStart() : note;
        return $"{keyed} {text}";
    }

    /// <summary>True when the note carries the marker, with an id or without one (notes written before ids existed); notes are HTML, so
    /// anywhere in the text.</summary>
    public static bool IsMarked(string marker, string? noteText) =>
        noteText is not null
        && (noteText.Contains(marker, StringComparison.Ordinal)
            || (marker.EndsWith(']') && noteText.Contains(marker[..^1] + " #", StringComparison.Ordinal)));

    /// <summary>True when the note carries the id <paramref name="noteId"/>.</summary>
    public static bool Carries(string? noteText, string noteId) =>
        noteText is not null && noteText.Contains("#" + noteId, StringComparison.Ordinal);

    /// <summary>A fresh id for one call: reused by every attempt of that call, never by another call.</summary>
    public static string NewId() => Convert.ToHexString(RandomNumberGenerator.GetBytes(6));

    /// <summary>
    /// The id of a caller's key on a case: the same key on the same case always gives the same id, so a caller that
    /// repeats a whole call (after a crash, say) finds the note it already wrote.
    /// </summary>
    public static string IdFor(long caseId, string noteKey) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes($"smartadvocate-note\n{caseId}\n{noteKey}")))[..12];

    private static string KeyedMarker(string marker, string noteId) =>
        marker.EndsWith(']') ? $"{marker[..^1]} #{noteId}]" : $"{marker} #{noteId}";
}
