using NodaTime;

namespace Connectors.Core.Windows;

/// <summary>Turns a <see cref="SyncCheckpoint"/> and 'now' into the window the next sync reads.</summary>
public abstract class SyncWindowPolicy
{
    /// <summary>The default look-back of a first sync: 10 calendar years.</summary>
    public static Period DefaultInitialLookBack { get; } = Period.FromYears(10);

    /// <summary>The default look-back of every later sync: 12 calendar months.</summary>
    public static Period DefaultSubsequentLookBack { get; } = Period.FromMonths(12);

    /// <summary>Creates a policy whose look-backs are calendar periods in <paramref name="firmZone"/>.</summary>
    protected SyncWindowPolicy(DateTimeZone firmZone, Period? initialLookBack)
    {
        ArgumentNullException.ThrowIfNull(firmZone);
        FirmZone = firmZone;
        InitialLookBack = initialLookBack ?? DefaultInitialLookBack;
    }

    /// <summary>The firm's zone: calendar years and months are counted there, not as multiples of 24 hours.</summary>
    public DateTimeZone FirmZone { get; }

    /// <summary>How far a first sync (or the one after a reset) looks back.</summary>
    public Period InitialLookBack { get; }

    /// <summary>The window for the next sync, ending (exclusively) at <paramref name="now"/>.</summary>
    public abstract SyncWindow WindowFor(SyncCheckpoint checkpoint, Instant now);

    /// <summary>The instant <paramref name="lookBack"/> before <paramref name="now"/>, counted on the firm's calendar.</summary>
    protected Instant LookBack(Instant now, Period lookBack)
    {
        ArgumentNullException.ThrowIfNull(lookBack);
        var local = now.InZone(FirmZone).LocalDateTime.Minus(lookBack);
        return local.InZoneLeniently(FirmZone).ToInstant();
    }
}
