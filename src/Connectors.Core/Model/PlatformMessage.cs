namespace Connectors.Core.Model;

/// <summary>
/// A message on the platform for a case, to be written to the case in the source system as a note
/// (<see cref="Writes.ICaseNoteWriter"/>). The same record for every connector. The text is client communication: never logged.
/// </summary>
/// <param name="MessageId">The platform's message id: the natural key that makes writing it safe to repeat.</param>
/// <param name="Case">The case, as the connector's <see cref="Sources.ICaseSource"/> keys it.</param>
/// <param name="Text">The message text.</param>
public sealed record PlatformMessage(string MessageId, CaseKey Case, string Text)
{
    /// <summary>
    /// Who sent the message, as the system it came from names them (an email), for a message read from a source system
    /// (CASEpeer's "Send Message to Case Status" keeps its sender); null when unknown or when the platform is the sender.
    /// Personal data: never logged, and not in <see cref="ToString"/>.
    /// </summary>
    public string? Sender { get; init; }

    /// <summary>Prints ids only.</summary>
    public override string ToString() => $"PlatformMessage {{ MessageId = {MessageId}, Case = {Case} }}";
}
