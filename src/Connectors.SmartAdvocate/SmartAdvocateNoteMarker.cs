namespace Connectors.SmartAdvocate;

/// <summary>Marks the notes the SDK writes and recognises them when reading, so a write never comes back as input.</summary>
internal static class SmartAdvocateNoteMarker
{
    public static string Mark(string marker, string note) =>
        note.StartsWith(marker, StringComparison.Ordinal) ? note : $"{marker} {note}";

    /// <summary>True when the note carries the marker (notes are HTML, so anywhere in the text, not only at the start).</summary>
    public static bool IsMarked(string marker, string? noteText) =>
        noteText is not null && noteText.Contains(marker, StringComparison.Ordinal);
}