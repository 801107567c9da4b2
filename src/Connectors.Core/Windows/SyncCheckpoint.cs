using NodaTime;

namespace Connectors.Core.Windows;

/// <summary>
/// What a host remembers between syncs: whether a first (full look-back) sync completed, and when the last
/// successful pull started. It advances only through <see cref="Applied"/>, which the caller invokes once the
/// plan of that pull is applied, so a failed sync is read again next time.
/// </summary>
/// <param name="FirstSyncCompleted">True once a sync was applied.</param>
/// <param name="LastSuccessfulPullStart">When the last applied pull started reading the source; null before the first.</param>
public sealed record SyncCheckpoint(bool FirstSyncCompleted, Instant? LastSuccessfulPullStart)
{
    /// <summary>No sync has completed yet (also the state after a reset).</summary>
    public static SyncCheckpoint None { get; } = new(false, null);

    /// <summary>The checkpoint after the plan of a pull that started at <paramref name="pullStartedAt"/> was applied.</summary>
    /// <exception cref="ArgumentException">The pull started before the last recorded one: a checkpoint never moves back.</exception>
    public SyncCheckpoint Applied(Instant pullStartedAt)
    {
        if (LastSuccessfulPullStart is { } last && pullStartedAt < last)
        {
            throw new ArgumentException(
                $"A checkpoint never moves back: the pull started at {pullStartedAt}, before the last applied pull ({last}).",
                nameof(pullStartedAt));
        }

        return new SyncCheckpoint(true, pullStartedAt);
    }

    /// <summary>Returns to <see cref="None"/>, so the next sync looks back the full initial period again.</summary>
    public static SyncCheckpoint Reset() => None;
}
