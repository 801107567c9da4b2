using Fleet.Host.Stores;

namespace Fleet.Host.Hosting;

/// <summary>Waits for a night of the whole fleet, as the shared night ledger sees it (every node's firms count).</summary>
public static class FleetNightWait
{
    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(250);

    /// <summary>Completes once <paramref name="firms"/> firms have finished <paramref name="night"/>.</summary>
    public static async Task UntilFinishedAsync(NightLedger ledger, string night, int firms, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ledger);
        while (await ledger.CountFinishedAsync(night, cancellationToken).ConfigureAwait(false) < firms)
        {
            await Task.Delay(Poll, cancellationToken).ConfigureAwait(false);
        }
    }
}
