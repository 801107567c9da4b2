namespace Connectors.IntegrationTests;

/// <summary>A time provider that moves only when told, for the sandbox's rate-limit seconds.</summary>
internal sealed class ManualTimeProvider : TimeProvider
{
    private long _ticks = 1;

    public override long TimestampFrequency => TimeSpan.TicksPerSecond;

    public override long GetTimestamp() => Interlocked.Read(ref _ticks);

    public void Advance(TimeSpan by) => Interlocked.Add(ref _ticks, by.Ticks);
}
