using Fleet.Host.Stores;

namespace Fleet.Host.Hosting;

/// <summary>Waits for a night of the whole fleet, as the shared night ledger sees it (every node's firms count).</summary>
public static class FleetNightWait
{
    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(250);
    private static readonly TimeSpan ProgressEvery = TimeSpan.FromSeconds(15);

    /// <summary>Completes once <paramref name="firms"/> firms have finished <paramref name="night"/>; prints progress meanwhile.</summary>
    public static async Task UntilFinishedAsync(
        NightLedger ledger, string night, int firms, TextWriter progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ledger);
        ArgumentNullException.ThrowIfNull(progress);
        var lastPrint = DateTime.UtcNow;
        int finished;
        while ((finished = await ledger.CountFinishedAsync(night, cancellationToken).ConfigureAwait(false)) < firms)
        {
            if (DateTime.UtcNow - lastPrint > ProgressEvery)
            {
                await progress.WriteLineAsync($"Night {night}: {finished} of {firms} firms finished.").ConfigureAwait(false);
                lastPrint = DateTime.UtcNow;
            }

            await Task.Delay(Poll, cancellationToken).ConfigureAwait(false);
        }
    }
}
