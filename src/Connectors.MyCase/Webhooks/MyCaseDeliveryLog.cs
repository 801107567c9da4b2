using NodaTime;

namespace Connectors.MyCase.Webhooks;

/// <summary>
/// The deliveries seen recently, bounded in time (an entry older than the window is forgotten) and in count (the oldest
/// go first past the capacity), so that a delivery MyCase retries, or someone replays, is acted on once. A delivery is
/// remembered from the moment it is taken on; one whose handling failed is forgotten so that its retry is acted on.
/// </summary>
internal sealed class MyCaseDeliveryLog
{
#if NET9_0_OR_GREATER
    private readonly Lock _lock = new();
#else
    private readonly object _lock = new();
#endif
    private readonly Dictionary<string, Instant> _seen = new(StringComparer.Ordinal);
    private readonly Queue<(string Key, Instant At)> _order = new();

    /// <summary>How many deliveries are remembered now (tests).</summary>
    public int Count
    {
        get
        {
            lock (_lock)
            {
                return _seen.Count;
            }
        }
    }

    /// <summary>
    /// Takes the delivery on: true when it was not seen within <paramref name="window"/> (it is remembered from now),
    /// false when it is a repeat (including one still being handled).
    /// </summary>
    public bool TryBegin(string key, Instant now, Duration window, int capacity)
    {
        lock (_lock)
        {
            Forget(now, window, Math.Max(0, capacity - 1));
            if (_seen.TryGetValue(key, out var at) && now - at < window)
            {
                return false;
            }

            _seen[key] = now;
            _order.Enqueue((key, now));
            return true;
        }
    }

    /// <summary>Forgets a delivery taken on at <paramref name="at"/> whose handling failed.</summary>
    public void Abandon(string key, Instant at)
    {
        lock (_lock)
        {
            if (_seen.TryGetValue(key, out var seen) && seen == at)
            {
                _seen.Remove(key);
            }
        }
    }

    private void Forget(Instant now, Duration window, int keep)
    {
        while (_order.Count > 0 && (_order.Count > keep || now - _order.Peek().At >= window))
        {
            var (key, at) = _order.Dequeue();
            if (_seen.TryGetValue(key, out var seen) && seen == at)
            {
                _seen.Remove(key);
            }
        }
    }
}
