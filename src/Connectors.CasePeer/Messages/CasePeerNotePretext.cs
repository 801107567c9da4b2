namespace Connectors.CasePeer.Messages;

/// <summary>
/// The pretext every platform message carries as a CASEpeer note, verbatim from the vendor document:
/// <c>Received message from Case Status: Message from Case Status:</c> (the platform name is configurable). It is also
/// the echo marker: a note that starts with it was written by the SDK and never flows back to the platform.
/// </summary>
public sealed class CasePeerNotePretext
{
    /// <summary>Creates the pretext for a platform name.</summary>
    public CasePeerNotePretext(string platformName)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(platformName);
        Text = $"Received message from {platformName}: Message from {platformName}:";
    }

    /// <summary>The pretext, as <c>Received message from Case Status: Message from Case Status:</c>.</summary>
    public string Text { get; }

    /// <summary>The note text for a platform message.</summary>
    public string NoteFor(string message) => $"{Text} {message}";

    /// <summary>True when a note was written by the SDK (it must not echo back into the platform).</summary>
    public bool IsFromPlatform(string? note) =>
        note is not null && note.TrimStart().StartsWith(Text, StringComparison.Ordinal);
}
