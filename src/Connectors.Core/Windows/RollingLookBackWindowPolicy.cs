using NodaTime;

namespace Connectors.Core.Windows;

/// <summary>
/// The vendors' rolling look-back (MyCase, CASEpeer): a first sync reads the last 10 years, every later one the
/// last 12 months, and a reset (<see cref="SyncCheckpoint.Reset"/>) returns to 10 years.
/// </summary>
public sealed class RollingLookBackWindowPolicy : SyncWindowPolicy
{
    /// <summary>Creates the policy.</summary>
    /// <param name="firmZone">The zone whose calendar counts the years and months.</param>
    /// <param name="initialLookBack">First-sync look-back; 10 years by default.</param>
    /// <param name="subsequentLookBack">Later look-back; 12 months by default.</param>
    public RollingLookBackWindowPolicy(DateTimeZone firmZone, Period? initialLookBack = null, Period? subsequentLookBack = null)
        : base(firmZone, initialLookBack)
    {
        SubsequentLookBack = subsequentLookBack ?? DefaultSubsequentLookBack;
    }

    /// <summary>How far every sync after the first looks back.</summary>
    public Period SubsequentLookBack { get; }

    /// <inheritdoc />
    public override SyncWindow WindowFor(SyncCheckpoint checkpoint, Instant now)
    {
        ArgumentNullException.ThrowIfNull(checkpoint);
        var lookBack = checkpoint.FirstSyncCompleted ? SubsequentLookBack : InitialLookBack;
        return new SyncWindow(LookBack(now, lookBack), now);
    }
}
