using NodaTime;
using NodaTime.Testing;

namespace Connectors.Tests.Shared;

/// <summary>
/// A <see cref="TimeProvider"/> that reads a NodaTime <see cref="FakeClock"/>, for a component that takes a
/// <see cref="TimeProvider"/> (the sandbox's rate-limit seconds, say): the test moves time with the one fake clock
/// type it uses everywhere. It has no timers of its own; a component that waits on the provider's timers needs
/// Microsoft's FakeTimeProvider instead.
/// </summary>
internal sealed class FakeClockTimeProvider(FakeClock clock) : TimeProvider
{
    public override long TimestampFrequency => NodaConstants.TicksPerSecond;

    public override DateTimeOffset GetUtcNow() => clock.GetCurrentInstant().ToDateTimeOffset();

    public override long GetTimestamp() => clock.GetCurrentInstant().ToUnixTimeTicks();
}
