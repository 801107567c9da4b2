using System.Globalization;

using Fleet.Host.Fleet;
using Fleet.Host.Scheduling;

using NodaTime;
using NodaTime.Text;

using Quartz;

namespace Fleet.Host.Reporting;

/// <summary>Prints each firm's next runs as Quartz holds them, in the firm's own zone.</summary>
public static class NextRunsPrinter
{
    private static readonly ZonedDateTimePattern Pattern = ZonedDateTimePattern.CreateWithInvariantCulture("ddd uuuu-MM-dd HH:mm x", null);

    /// <summary>The firms printed; a larger fleet ends with how many more there are.</summary>
    public const int MaxFirms = 20;

    /// <summary>One line per firm (the first <see cref="MaxFirms"/>): its zone, then each flow's next fire time there.</summary>
    public static async Task PrintAsync(
        IScheduler scheduler, IEnumerable<FleetFirm> firms, TextWriter output, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scheduler);
        ArgumentNullException.ThrowIfNull(firms);
        ArgumentNullException.ThrowIfNull(output);
        await output.WriteLineAsync("Next runs, each in its firm's zone:").ConfigureAwait(false);
        var all = firms.ToList();
        foreach (var firm in all.Take(MaxFirms))
        {
            var runs = new List<string>();
            foreach (var flow in FirmSchedules.For(firm).Keys)
            {
                var trigger = await scheduler.GetTrigger(FlowTriggers.TriggerOf(firm.Key, flow), cancellationToken).ConfigureAwait(false);
                var at = trigger?.NextFireTimeUtc is { } next ? Pattern.Format(Instant.FromDateTimeOffset(next).InZone(firm.Zone)) : "none";
                runs.Add(string.Create(CultureInfo.InvariantCulture, $"{flow.ToString().ToLowerInvariant()} {at}"));
            }

            await output.WriteLineAsync($"  {firm.Key,-20} {firm.Zone.Id,-20} {string.Join("; ", runs)}").ConfigureAwait(false);
        }

        if (all.Count > MaxFirms)
        {
            await output.WriteLineAsync($"  ... and {all.Count - MaxFirms} more firms").ConfigureAwait(false);
        }
    }
}
