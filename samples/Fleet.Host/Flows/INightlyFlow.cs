using Fleet.Host.Fleet;

namespace Fleet.Host.Flows;

/// <summary>A firm's nightly work, as the firm's job runs it (<see cref="NightlySync"/>; tests count runs with their own).</summary>
public interface INightlyFlow
{
    /// <summary>Runs the firm's night.</summary>
    /// <param name="firm">The firm.</param>
    /// <param name="night">
    /// Which night this is (the date of a scheduled night in the firm's zone, or the id of a night run by hand): a night whose
    /// checkpoint is applied already is not synced again, so a run that Quartz recovers on another node does not sync twice.
    /// </param>
    /// <param name="cancellationToken">Stops the run; it resumes from the progress store on the next call.</param>
    Task<FirmNightResult> RunAsync(FleetFirm firm, string night, CancellationToken cancellationToken);
}
