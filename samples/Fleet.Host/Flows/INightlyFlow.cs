using Fleet.Host.Fleet;

namespace Fleet.Host.Flows;

/// <summary>A firm's nightly work, as the firm's job runs it (<see cref="NightlySync"/>; tests count runs with their own).</summary>
public interface INightlyFlow
{
    /// <summary>Runs the firm's night.</summary>
    Task<FirmNightResult> RunAsync(FleetFirm firm, CancellationToken cancellationToken);
}
