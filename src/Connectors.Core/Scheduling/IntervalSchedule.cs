using NodaTime;

namespace Connectors.Core.Scheduling;

/// <summary>Runs every <see cref="Interval"/>, aligned on <see cref="Anchor"/> (the Unix epoch by default).</summary>
public sealed record IntervalSchedule : ISchedule
{
    /// <summary>Creates a schedule.</summary>
    /// <param name="interval">Time between runs; positive.</param>
    /// <param name="anchor">An instant the runs align on; the Unix epoch when null.</param>
    public IntervalSchedule(Duration interval, Instant? anchor = null)
    {
        if (interval <= Duration.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(interval), "An interval schedule needs a positive interval.");
        }

        Interval = interval;
        Anchor = anchor ?? NodaConstants.UnixEpoch;
    }

    /// <summary>Time between runs.</summary>
    public Duration Interval { get; }

    /// <summary>The instant the runs align on.</summary>
    public Instant Anchor { get; }

    /// <inheritdoc />
    public Instant Next(Instant after)
    {
        var elapsed = (after - Anchor).BclCompatibleTicks;
        var step = Interval.BclCompatibleTicks;
        var periods = elapsed / step;
        if (elapsed < 0 && elapsed % step != 0)
        {
            periods--; // floor, not truncation, before the anchor
        }

        return Anchor + Duration.FromTicks((periods + 1) * step);
    }

    /// <inheritdoc />
    public override string ToString() => $"every {Interval}";
}
