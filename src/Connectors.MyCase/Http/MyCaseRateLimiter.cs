namespace Connectors.MyCase.Http;

/// <summary>
/// The client-side limit of <see cref="MyCaseOptions.RequestsPerSecond"/> (MyCase allows 25 per client), shared by
/// every request of one registration, queueing rather than failing. MyCase counts requests over a sliding second, so
/// the limiter does the same with the send times of the last <c>RequestsPerSecond</c> requests: a request goes as soon
/// as the oldest of them is more than a second (plus <see cref="Margin"/>) old. A timer-paced bucket drifts: one late
/// tick followed by an on-time one puts two permits close together, and with 25 permits spread over a second there is
/// no slack left, so each such bunch cost a 429 and a full <c>Retry-After</c>. The margin absorbs the difference
/// between when a request leaves here and when MyCase counts it. A 429 that still happens is retried by the
/// resilience pipeline after <c>Retry-After</c>.
/// </summary>
internal sealed class MyCaseRateLimiter : IDisposable
{
    /// <summary>Added to the second so that delays on the way to MyCase cannot squeeze one limit's worth into its window.</summary>
    internal static readonly TimeSpan Margin = TimeSpan.FromMilliseconds(50);

    private static readonly TimeSpan Window = TimeSpan.FromSeconds(1) + Margin;

    private readonly int _limit;
    private readonly TimeProvider _time;
    private readonly Queue<long> _sent = new();
    private readonly SemaphoreSlim _turn = new(1, 1);

    public MyCaseRateLimiter(MyCaseSettings options)
        : this(options.Current.RequestsPerSecond, TimeProvider.System)
    {
    }

    internal MyCaseRateLimiter(int requestsPerSecond, TimeProvider time)
    {
        _limit = Math.Max(1, requestsPerSecond);
        _time = time;
    }

    /// <summary>Waits until one more request fits in the window, then counts it as sent now.</summary>
    public async ValueTask WaitAsync(CancellationToken cancellationToken)
    {
        // One waiter at a time: they leave in the order they came, each after the one before it was counted.
        await _turn.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            while (true)
            {
                var now = _time.GetTimestamp();
                while (_sent.Count > 0 && _time.GetElapsedTime(_sent.Peek(), now) >= Window)
                {
                    _sent.Dequeue();
                }

                if (_sent.Count < _limit)
                {
                    _sent.Enqueue(now);
                    return;
                }

                await Task.Delay(Window - _time.GetElapsedTime(_sent.Peek(), now), _time, cancellationToken).ConfigureAwait(false);
            }
        }
        finally
        {
            _turn.Release();
        }
    }

    public void Dispose() => _turn.Dispose();
}
