using NodaTime;

namespace Connectors.Core.Windows;

/// <summary>A half-open interval of instants, <c>[Start, End)</c>: the cases a sync reads were updated inside it.</summary>
public readonly record struct SyncWindow
{
    /// <summary>Creates a window.</summary>
    /// <exception cref="ArgumentException"><paramref name="end"/> is before <paramref name="start"/>.</exception>
    [System.Text.Json.Serialization.JsonConstructor]
    public SyncWindow(Instant start, Instant end)
    {
        if (end < start)
        {
            throw new ArgumentException($"A sync window cannot end ({end}) before it starts ({start}).", nameof(end));
        }

        Start = start;
        End = end;
    }

    /// <summary>The first instant inside the window (inclusive).</summary>
    public Instant Start { get; }

    /// <summary>The first instant after the window (exclusive).</summary>
    public Instant End { get; }

    /// <summary>A window that holds every instant NodaTime can represent.</summary>
    public static SyncWindow Unbounded { get; } = new(Instant.MinValue, Instant.MaxValue);

    /// <summary>True when <paramref name="instant"/> lies in <c>[Start, End)</c>.</summary>
    public bool Contains(Instant instant) => instant >= Start && instant < End;

    /// <summary>Returns <c>[start, end)</c> in ISO-8601.</summary>
    public override string ToString() => $"[{Start}, {End})";
}
