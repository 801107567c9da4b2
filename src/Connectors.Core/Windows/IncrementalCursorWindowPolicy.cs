using NodaTime;

namespace Connectors.Core.Windows;

/// <summary>
/// An incremental cursor for hosts that want small reads: the window starts at the start of the last successful
/// pull minus a clock-skew margin (inclusive, so a case updated exactly then is read again rather than lost).
/// With no checkpoint it looks back the initial period.
/// </summary>
public sealed class IncrementalCursorWindowPolicy : SyncWindowPolicy
{
    /// <summary>The default clock-skew margin: 5 minutes.</summary>
    public static Duration DefaultClockSkewMargin { get; } = Duration.FromMinutes(5);

    /// <summary>Creates the policy.</summary>
    /// <param name="firmZone">The zone whose calendar counts the initial look-back.</param>
    /// <param name="clockSkewMargin">Subtracted from the last pull's start; 5 minutes by default; not negative.</param>
    /// <param name="initialLookBack">Look-back with no checkpoint; 10 years by default.</param>
    public IncrementalCursorWindowPolicy(DateTimeZone firmZone, Duration? clockSkewMargin = null, Period? initialLookBack = null)
        : base(firmZone, initialLookBack)
    {
        var margin = clockSkewMargin ?? DefaultClockSkewMargin;
        if (margin < Duration.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(clockSkewMargin), "The clock-skew margin cannot be negative.");
        }

        ClockSkewMargin = margin;
    }

    /// <summary>Subtracted from the last pull's start.</summary>
    public Duration ClockSkewMargin { get; }

    /// <inheritdoc />
    public override SyncWindow WindowFor(SyncCheckpoint checkpoint, Instant now)
    {
        ArgumentNullException.ThrowIfNull(checkpoint);
        if (!checkpoint.FirstSyncCompleted || checkpoint.LastSuccessfulPullStart is not { } last)
        {
            return new SyncWindow(LookBack(now, InitialLookBack), now);
        }

        var start = last - ClockSkewMargin;
        return new SyncWindow(start < now ? start : now, now);
    }
}
