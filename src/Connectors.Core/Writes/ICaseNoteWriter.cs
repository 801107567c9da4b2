using Connectors.Core.Model;

namespace Connectors.Core.Writes;

/// <summary>
/// Writes platform messages back to the source system as notes on their cases. Implemented by every connector whose
/// vendor keeps notes, so a host writes back to any of them through this one call.
/// </summary>
public interface ICaseNoteWriter
{
    /// <summary>The source system whose cases this writer writes to; <see cref="CaseKey.SourceSystem"/> must match it.</summary>
    string SourceSystem { get; }

    /// <summary>
    /// Writes <paramref name="message"/> as a note on <see cref="PlatformMessage.Case"/>, at most once per
    /// <see cref="PlatformMessage.MessageId"/>: a repeated call (a retry, a second run) finds the note it wrote and returns
    /// <see cref="WriteResultKind.AlreadyWritten"/> instead of writing a second one. When the vendor's answer is lost and
    /// no check can tell whether the note landed, it throws <see cref="Http.WriteOutcomeUnknownException"/>.
    /// </summary>
    /// <param name="message">The message; its case must belong to <see cref="SourceSystem"/>.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <exception cref="ArgumentException">The message's case belongs to another source system, or its id or text is empty.</exception>
    Task<WriteResult> WriteNoteAsync(PlatformMessage message, CancellationToken cancellationToken = default);
}
