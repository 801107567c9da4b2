using NodaTime;

namespace Connectors.Shared;

/// <summary>
/// Hands out the kept token while it is before its <see cref="BearerToken.RefreshAt"/> and not the one the server just
/// refused; otherwise one acquisition that every concurrent caller shares (single flight). The acquisition runs apart from
/// the callers: one that gives up stops waiting, the others still get its token, and a token it obtained is kept. Its
/// failure is every waiting caller's answer; the next call tries again.
/// </summary>
/// <param name="clock">Decides when a token is due for renewal.</param>
/// <remarks>
/// A connector derives its vendor's half: where the token is kept (<see cref="ReadAsync"/>) and how a new one is obtained
/// (<see cref="AcquireAsync"/>). When a new one is needed, and that concurrent callers share it, is decided here.
/// </remarks>
internal abstract class SingleFlightTokenCache(IClock clock) : IBearerTokenSource, IDisposable
{
    private readonly object _sync = new();
    private readonly CancellationTokenSource _disposed = new();
    private Task<BearerToken>? _flight;
    private int _disposals;

    /// <inheritdoc/>
    public async ValueTask<string> GetTokenAsync(string? rejected, CancellationToken cancellationToken)
    {
        while (true)
        {
            var kept = await ReadAsync(cancellationToken).ConfigureAwait(false);
            if (Usable(kept, rejected))
            {
                return kept!.Value;
            }

            var (flight, mine) = Join(rejected);
            var token = await flight.WaitAsync(cancellationToken).ConfigureAwait(false);

            // A flight someone else started may have settled on the token this caller saw refused: go again.
            if (mine || !string.Equals(token.Value, rejected, StringComparison.Ordinal))
            {
                return token.Value;
            }
        }
    }

    /// <summary>Cancels an acquisition under way (the host is shutting down); waiting callers get the cancellation.</summary>
    public void Dispose()
    {
        Dispose(true);
        GC.SuppressFinalize(this);
    }

    /// <summary>The clock's instant now.</summary>
    protected Instant Now => clock.GetCurrentInstant();

    /// <summary>The token kept now (in a store or in memory), or null when there is none yet. Read on every request: cheap.</summary>
    protected abstract ValueTask<BearerToken?> ReadAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Obtains a new token and keeps it where <see cref="ReadAsync"/> finds it. One at a time, and never under a caller's
    /// cancellation (callers may give up, the acquisition goes on for the others): the vendor bounds it by its own timeout.
    /// Its exceptions carry no token.
    /// </summary>
    /// <param name="cancellationToken">Cancelled only when the cache is disposed.</param>
    protected abstract Task<BearerToken> AcquireAsync(CancellationToken cancellationToken);

    /// <summary>Cancels an acquisition under way; safe to call more than once.</summary>
    protected virtual void Dispose(bool disposing)
    {
        if (disposing && Interlocked.Exchange(ref _disposals, 1) == 0)
        {
            _disposed.Cancel();
            _disposed.Dispose();
        }
    }

    private (Task<BearerToken> Flight, bool Mine) Join(string? rejected)
    {
        TaskCompletionSource<BearerToken> started;
        lock (_sync)
        {
            if (_flight is { } under)
            {
                return (under, false);
            }

            started = new TaskCompletionSource<BearerToken>(TaskCreationOptions.RunContinuationsAsynchronously);
            _flight = started.Task;
        }

        // Whoever waits observes a failure; when nobody is left, this does (never the finalizer).
        _ = started.Task.ContinueWith(
            static t => t.Exception, CancellationToken.None, TaskContinuationOptions.OnlyOnFaulted, TaskScheduler.Default);
        _ = FlyAsync(started, rejected);
        return (started.Task, true);
    }

    /// <summary>One acquisition; never throws (its outcome goes to <paramref name="flight"/>), never under a caller's token.</summary>
    private async Task FlyAsync(TaskCompletionSource<BearerToken> flight, string? rejected)
    {
        BearerToken? token = null;
        Exception? failure = null;
        try
        {
            var lifetime = _disposed.Token;

            // A flight that ended between this caller's read and its start may already have kept a usable token.
            var kept = await ReadAsync(lifetime).ConfigureAwait(false);
            token = Usable(kept, rejected) ? kept : await AcquireAsync(lifetime).ConfigureAwait(false);
        }
        catch (Exception e)
        {
            failure = e;
        }

        // Ended before its outcome is published: a caller that gets this token and sees it refused starts the next flight.
        lock (_sync)
        {
            _flight = null;
        }

        if (failure is not null)
        {
            flight.SetException(failure);
        }
        else
        {
            flight.SetResult(token!);
        }
    }

    private bool Usable(BearerToken? token, string? rejected) =>
        token is not null
        && !string.Equals(token.Value, rejected, StringComparison.Ordinal)
        && Now < token.RefreshAt;
}
