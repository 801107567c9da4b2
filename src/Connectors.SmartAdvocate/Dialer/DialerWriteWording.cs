namespace Connectors.SmartAdvocate.Dialer;

/// <summary>
/// What each dialer write tells a caller when its outcome is unknown (the <see cref="Shared.SafeWrite{T}.Recovery"/>
/// of each write): what may have happened and how to find out or recover. Note ids and case ids only, never note text
/// or phone numbers.
/// </summary>
internal static class DialerWriteWording
{
    private const string NoCredentials = " (looking it up needs CaseSyncAPI credentials: Username, Password)";

    /// <summary>GetCasesToDial with auto-change whose answer was lost or unreadable.</summary>
    public static string AutoChangeLost(int records, string inTheDialer) =>
        $"SmartAdvocate may have moved up to {records} due case(s) into \"{inTheDialer}\" without telling which, so the call was not " +
        "sent again (a resend would take further cases). Those cases are not returned again while they are in the dialer: reset them " +
        "(UpdateCaseStatus to \"To Dial\") by the firm's dialer timeout or by hand. To avoid this, call without auto-change (a read, " +
        "resent safely) and set \"In the Dialer\" with UpdateCaseStatus, which is safe to resend.";

    /// <summary>UpdateCaseStatus: absolute values.</summary>
    public const string StatusUpdate = "The update sets absolute values: sending the same updates again is safe.";

    /// <summary>A note by case, marked with <paramref name="noteId"/>.</summary>
    public static string NoteByCase(long caseId, string noteId, bool canLookUp) =>
        $"Look for #{noteId} on case {caseId} before writing it again{(canLookUp ? "" : NoCredentials)}.";

    /// <summary>A note by phone, marked with <paramref name="noteId"/>: the dialer may have added it to several cases.</summary>
    public static string NoteByPhone(string noteId, bool canLookUp) =>
        $"SmartAdvocate may have added the note #{noteId} to one or more cases, and the dialer may match cases CaseSyncAPI does not " +
        $"show this user{(canLookUp ? "" : NoCredentials)}. Look for #{noteId} on the phone's cases before writing it again, or write " +
        "notes by case id (AddCaseNoteAsync), which the SDK checks and resends safely.";

    /// <summary>The note writer without the credentials it reads notes with.</summary>
    public const string NoteWriterNeedsCredentials =
        "SmartAdvocate: the note writer reads the case's notes through CaseSyncAPI to write each message once; " +
        "set Username and Password, or use AddCaseNoteAsync.";
}
