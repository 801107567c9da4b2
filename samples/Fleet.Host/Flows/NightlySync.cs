using Connectors.CaseXchange;
using Connectors.Core.Checkpoints;
using Connectors.Core.Planning;
using Connectors.Core.Sources;
using Connectors.Core.Sync;
using Connectors.Core.Windows;

using Fleet.Host.Database;
using Fleet.Host.Fleet;
using Fleet.Host.Stores;

using Microsoft.Extensions.DependencyInjection;

using NodaTime;

namespace Fleet.Host.Flows;

/// <summary>
/// A firm's nightly flow: read its cases from its vendor (its keyed connector) and plan and apply them to the platform
/// case store with Core's <see cref="SyncRunner"/>, resumable from the progress in the fleet database.
/// </summary>
public sealed class NightlySync(IServiceProvider services, FleetDatabase database, ISyncCheckpointStore progress, IClock clock)
    : INightlyFlow
{
    /// <summary>Runs the firm's night; an interrupted run resumes where it stopped on the next call.</summary>
    public async Task<FirmNightResult> RunAsync(FleetFirm firm, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(firm);
        if (firm.Vendor == Vendor.CaseXchange)
        {
            return await ReadReferralsAsync(firm, cancellationToken).ConfigureAwait(false);
        }

        var source = new CountingCaseSource(services.GetRequiredKeyedService<ICaseSource>(firm.Key));
        var platform = new AdoPlatformCaseStore(database, firm.Key);
        var runner = new SyncRunner(source, platform, progress, new RollingLookBackWindowPolicy(firm.Zone), clock);
        var result = await runner.RunAsync(
            new SyncRequest
            {
                Tenant = firm.Key,
                SourceSystem = source.SourceSystem,
                Now = clock.GetCurrentInstant(), // replaced by the run's own pull start
                Window = SyncWindow.Unbounded, // replaced by the run's window
                Source = [],
                Target = [],
                Stages = PlatformSetup.StagesFor(firm.Vendor),
                StageMap = PlatformSetup.Overrides,
                KnownAttorneys = PlatformSetup.Attorneys,
            },
            cancellationToken).ConfigureAwait(false);
        var outcome = result.HeldForConfirmation ? "held for confirmation" : result.Resumed ? "applied (resumed)" : "applied";
        return new FirmNightResult(firm.Key, firm.Vendor, source.Read, result.Applied, result.Plan.Summary.SkipsByReason, outcome);
    }

    // Case Xchange is a referral network: the SDK has no case source for it, so its night reads the referrals received.
    private async Task<FirmNightResult> ReadReferralsAsync(FleetFirm firm, CancellationToken cancellationToken)
    {
        var client = services.GetRequiredKeyedService<CaseXchangeClient>(firm.Key);
        var received = 0;
        await foreach (var _ in client.ReadReceivedReferralsAsync(cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            received++;
        }

        return new FirmNightResult(firm.Key, firm.Vendor, received, 0, new Dictionary<string, int>(), "referrals read (no case sync)");
    }
}
