using NodaTime;

namespace Connectors.Shared;

/// <summary>
/// Hands out the kept token while it is before its <see cref="BearerToken.RefreshAt"/> and not the one the server just
/// refused; otherwise one acquisition that every concurrent caller shares (single flight). The acquisition runs apart from
/// the callers: one that gives up stops waiting, the others still get its token, and a token it obtained is kept. Its
/// failure is every waiting caller's answer; the next call tries again.
/// </summary>
/// <param name="grant">The vendor's half: where the token is kept and how a new one is obtained.</param>
/// <param name="clock">Decides when a token is due for renewal.</param>
internal sealed class SingleFlightTokenCache(IBearerTokenGrant grant, IClock clock) : IBearerTokenSource, IDisposable
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
            var kept = await grant.ReadAsync(cancellationToken).ConfigureAwait(false);
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
        if (Interlocked.Exchange(ref _disposals, 1) == 0)
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
        _ = started.Task.ContinueWith(static t => t.Exception, CancellationToken.None, TaskContinuationOptions.OnlyOnFaulted, TaskScheduler.Default);
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
            var kept = await grant.ReadAsync(lifetime).ConfigureAwait(false);
            token = Usable(kept, rejected) ? kept : await grant.AcquireAsync(lifetime).ConfigureAwait(false);
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
        && clock.GetCurrentInstant() < token.RefreshAt;
}
