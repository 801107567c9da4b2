using Connectors.Core.Windows;

using NodaTime;

namespace Connectors.Core.Checkpoints;

/// <summary>
/// Where a sync stands, so that a cancelled or crashed run resumes instead of starting over: the checkpoint of the
/// last applied sync, and for the run under way its window, its read cursor and the writes already done.
/// </summary>
/// <param name="Checkpoint">The checkpoint of the last applied sync.</param>
public sealed record SyncProgress(SyncCheckpoint Checkpoint)
{
    /// <summary>No sync has run.</summary>
    public static SyncProgress None { get; } = new(SyncCheckpoint.None);

    /// <summary>When the run under way started its pull; null when no run is under way.</summary>
    public Instant? PullStartedAt { get; init; }

    /// <summary>The window of the run under way.</summary>
    public SyncWindow? Window { get; init; }

    /// <summary>The read cursor (page token, page number) reached by the run under way; null at its start.</summary>
    public string? Cursor { get; init; }

    /// <summary>Idempotency keys of the writes the run under way has completed; they are not sent again on resume.</summary>
    public IReadOnlyList<string> CompletedWrites { get; init; } = [];

    /// <summary>True when a run was started and not finished.</summary>
    public bool IsRunning => PullStartedAt is not null;

    /// <summary>A run starting now over <paramref name="window"/>.</summary>
    public SyncProgress Started(Instant pullStartedAt, SyncWindow window) =>
        this with { PullStartedAt = pullStartedAt, Window = window, Cursor = null, CompletedWrites = [] };

    /// <summary>The run has read up to <paramref name="cursor"/>.</summary>
    public SyncProgress AtCursor(string? cursor) => this with { Cursor = cursor };

    /// <summary>The run has completed the write with <paramref name="idempotencyKey"/>.</summary>
    public SyncProgress WithWriteDone(string idempotencyKey)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(idempotencyKey);
        return CompletedWrites.Contains(idempotencyKey, StringComparer.Ordinal)
            ? this : this with { CompletedWrites = [.. CompletedWrites, idempotencyKey] };
    }

    /// <summary>
    /// The run's plan is applied: the checkpoint advances to the run's pull start and the run's state is cleared.
    /// </summary>
    /// <exception cref="InvalidOperationException">No run is under way.</exception>
    public SyncProgress Completed()
    {
        var started = PullStartedAt ?? throw new InvalidOperationException("No sync run is under way, so none can complete.");
        return new SyncProgress(Checkpoint.Applied(started));
    }

    /// <summary>
    /// The run under way ends without its plan being applied (a person rejected it): its state is cleared and the
    /// checkpoint stays where it was, so the next run reads the same changes again.
    /// </summary>
    /// <exception cref="InvalidOperationException">No run is under way.</exception>
    public SyncProgress Abandoned() =>
        IsRunning
            ? new SyncProgress(Checkpoint)
            : throw new InvalidOperationException("No sync run is under way, so none can be abandoned.");
}
