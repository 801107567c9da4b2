using Connectors.CaseXchange;
using Connectors.Core.Checkpoints;
using Connectors.Core.Planning;
using Connectors.Core.Sources;
using Connectors.Core.Sync;
using Connectors.Core.Windows;

using Fleet.Host.Database;
using Fleet.Host.Fleet;
using Fleet.Host.Hosting;
using Fleet.Host.Stores;

using Microsoft.Extensions.DependencyInjection;

using NodaTime;

namespace Fleet.Host.Flows;

/// <summary>
/// A firm's nightly flow: read its cases from its vendor (its keyed connector) and plan and apply them to the platform
/// case store with Core's <see cref="SyncRunner"/>, resumable from the progress in the fleet database. Then the platform
/// receives the night's sample activity on the firm's cases (<see cref="PlatformActivity"/>), for the Documents and
/// Messages flows to write to the vendor.
/// </summary>
public sealed class NightlySync(IServiceProvider services, FleetDatabase database, ISyncCheckpointStore progress, IClock clock)
    : INightlyFlow
{
    // The progress row of a Case Xchange firm's night (it syncs no cases, so no SyncRunner keeps one for it).
    internal const string CaseXchangeNight = "casexchange-night";

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
        var cases = await platform.ReadCasesAsync(firm.Key, source.SourceSystem, cancellationToken).ConfigureAwait(false);
        // Open cases with an attorney (CASEpeer writes a platform message as the case's primary attorney). The night is the
        // run's pull start, which a resumed run keeps: a night recovered on another node receives the same items.
        var active = cases.Where(c => !c.IsClosed && c.AttorneyEmail is not null).Select(c => c.Key.SourceId).ToList();
        await Activity().ReceiveAsync(firm, source.SourceSystem, active, result.Plan.Now, cancellationToken).ConfigureAwait(false);
        return new FirmNightResult(firm.Key, firm.Vendor, source.Read, result.Applied, result.Plan.Summary.SkipsByReason, outcome);
    }

    // Case Xchange is a referral network: the SDK has no case source for it, so its night reads the referrals received.
    private async Task<FirmNightResult> ReadReferralsAsync(FleetFirm firm, CancellationToken cancellationToken)
    {
        var client = services.GetRequiredKeyedService<CaseXchangeClient>(firm.Key);
        // The night's start is kept in the progress store like a sync's pull start, so a night recovered on another node
        // (or after midnight) receives the same platform activity as the run it replaces.
        var saved = await progress.LoadAsync(firm.Key, CaseXchangeNight, cancellationToken).ConfigureAwait(false);
        var running = saved;
        if (saved.PullStartedAt is not { } started)
        {
            started = clock.GetCurrentInstant();
            running = saved.Started(started, new SyncWindow(started, started));
            await progress.SaveAsync(firm.Key, CaseXchangeNight, running, cancellationToken).ConfigureAwait(false);
        }

        var referrals = new List<string>();
        await foreach (var referral in client.ReadReceivedReferralsAsync(cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            referrals.Add(referral.Id);
        }

        // Messages on received referrals: Case Xchange's one kind of note, sent to the referring firm.
        var received = referrals.Count;
        var writer = services.GetKeyedService<Connectors.Core.Writes.ICaseNoteWriter>(firm.Key);
        if (writer is not null)
        {
            await Activity().ReceiveAsync(firm, writer.SourceSystem, referrals, started, cancellationToken).ConfigureAwait(false);
        }

        await progress.SaveAsync(firm.Key, CaseXchangeNight, running.Completed(), cancellationToken).ConfigureAwait(false);

        return new FirmNightResult(firm.Key, firm.Vendor, received, 0, new Dictionary<string, int>(), "referrals read (no case sync)");
    }

    private PlatformActivity Activity()
    {
        var options = services.GetService<FleetOptions>() ?? new FleetOptions();
        return new PlatformActivity(services, new AdoPlatformOutbox(database), options.MessagesPerNight, options.DocumentsPerNight);
    }
}
