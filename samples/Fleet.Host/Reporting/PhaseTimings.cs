using System.Diagnostics;

namespace Fleet.Host.Reporting;

/// <summary>
/// Time spent per <see cref="FleetPhase"/>, summed over every firm and thread of this node (so with N firms at once the
/// sums can exceed the night's wall time N times). For the fleet benchmark's "where the time goes"; a few interlocked adds
/// per firm and phase, nothing per case.
/// </summary>
public sealed class PhaseTimings
{
    private readonly long[] _ticks = new long[Enum.GetValues<FleetPhase>().Length];
    private readonly long[] _counts = new long[Enum.GetValues<FleetPhase>().Length];

    /// <summary>Adds <paramref name="elapsedTicks"/> (<see cref="Stopwatch"/> ticks) to <paramref name="phase"/>.</summary>
    public void Add(FleetPhase phase, long elapsedTicks)
    {
        Interlocked.Add(ref _ticks[(int)phase], elapsedTicks);
        Interlocked.Increment(ref _counts[(int)phase]);
    }

    /// <summary>Starts timing <paramref name="phase"/>; disposing the result adds the elapsed time.</summary>
    public Scope Measure(FleetPhase phase) => new(this, phase, Stopwatch.GetTimestamp());

    /// <summary>The time summed for <paramref name="phase"/>.</summary>
    public TimeSpan Total(FleetPhase phase) => Stopwatch.GetElapsedTime(0, Interlocked.Read(ref _ticks[(int)phase]));

    /// <summary>How many times <paramref name="phase"/> was timed.</summary>
    public long Count(FleetPhase phase) => Interlocked.Read(ref _counts[(int)phase]);

    /// <summary>A running measurement of one phase.</summary>
    public sealed class Scope(PhaseTimings timings, FleetPhase phase, long started) : IDisposable
    {
        /// <summary>Adds the time since the scope started to its phase.</summary>
        public void Dispose() => timings.Add(phase, Stopwatch.GetTimestamp() - started);
    }
}
