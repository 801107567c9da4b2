namespace Fleet.Host.Tests;

/// <summary>A clock the test moves by hand from night to night (the vendors' sandbox keeps real time).</summary>
internal sealed class NightClock(Instant start) : IClock
{
    public Instant Now { get; set; } = start;

    public Instant GetCurrentInstant() => Now;

    public void NextNight() => Now += Duration.FromDays(1);

    /// <summary>The night the clock is in, as the night ledger names it.</summary>
    public string Night => Now.InUtc().Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
