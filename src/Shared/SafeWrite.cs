using Connectors.Core.Http;

namespace Connectors.Shared;

/// <summary>
/// One write and what makes it safe to send again, for <see cref="RepeatableWrite.SendAsync{T}(SafeWrite{T}, CancellationToken)"/>:
/// an idempotency key or absolute values (<see cref="Repeat"/>), and a look at the vendor for the write's effect on its
/// natural key or marker (<see cref="FindApplied"/>). When neither can decide, the write ends in
/// <see cref="WriteOutcomeUnknownException"/> rather than risk applying it twice.
/// </summary>
/// <typeparam name="T">What the write answers with.</typeparam>
internal sealed class SafeWrite<T>
{
    /// <summary>The write as <c>"POST /api/v1/cases/{id}/notes"</c> (no ids, no query): named in every failure.</summary>
    public required string Operation { get; init; }

    /// <summary>Sends the write once, failures already translated into <see cref="ConnectorApiException"/>; every call sends the same
    /// request (the same key).</summary>
    public required Func<CancellationToken, Task<T>> Send { get; init; }

    /// <summary>Attempts in all, at least one.</summary>
    public int Attempts { get; init; } = 3;

    /// <summary>The pause before a second attempt (and before a look), doubled for each further one; a <c>Retry-After</c> wins.</summary>
    public TimeSpan RetryBaseDelay { get; init; }

    /// <summary>When the write may be sent again on faith; <see cref="WriteRepeat.Never"/> by default.</summary>
    public WriteRepeat Repeat { get; init; }

    /// <summary>
    /// Looks at the vendor for this write's effect (a record with its natural key, a note with its marker): the applied
    /// result, or null (the type's default) when it is not there. Asked after every failure that may have applied the
    /// write, before any resend; a failing look ends the write in <see cref="WriteOutcomeUnknownException"/>.
    /// </summary>
    public Func<CancellationToken, Task<T?>>? FindApplied { get; init; }

    /// <summary>
    /// False when <see cref="FindApplied"/> can miss the write (it may land where the look cannot see, as a note by phone
    /// on a case the reading user is not shown): a look that finds nothing then ends the write in
    /// <see cref="WriteOutcomeUnknownException"/> instead of a resend. True by default: nothing found means not applied.
    /// </summary>
    public bool NotFoundMeansNotApplied { get; init; } = true;

    /// <summary>
    /// True when an answer that came back unreadable (<see cref="ConnectorResponseFormatException"/>) counts as lost: the
    /// write was applied, but what it applied is unknown (cases taken by a call that answers with them). False by default:
    /// the failure is passed on as it is.
    /// </summary>
    public bool UnreadableAnswerIsLost { get; init; }

    /// <summary>What a caller can do when the outcome is unknown (what to look for; whether repeating the same call is safe). No personal
    /// data.</summary>
    public string? Recovery { get; init; }
}
