namespace Fleet.Host.Tests;

/// <summary>A clock the test moves by hand (thread-safe: the hosts and the sandbox read it at once).</summary>
internal sealed class TestClock(Instant start) : IClock
{
    private long _ticks = start.ToUnixTimeTicks();

    public Instant GetCurrentInstant() => Instant.FromUnixTimeTicks(Interlocked.Read(ref _ticks));

    public void Advance(Duration by) => Interlocked.Add(ref _ticks, by.BclCompatibleTicks);
}
