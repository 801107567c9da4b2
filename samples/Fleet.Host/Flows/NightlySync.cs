using Connectors.CaseXchange;
using Connectors.Core.Checkpoints;
using Connectors.Core.Planning;
using Connectors.Core.Sources;
using Connectors.Core.Sync;
using Connectors.Core.Windows;

using Fleet.Host.Database;
using Fleet.Host.Fleet;
using Fleet.Host.Hosting;
using Fleet.Host.Reporting;
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
public sealed class NightlySync(IServiceProvider services, FleetDatabase database, IClock clock) : INightlyFlow
{
    // The progress row of a Case Xchange firm's night (it syncs no cases, so no SyncRunner keeps one for it).
    internal const string CaseXchangeNight = "casexchange-night";

    /// <summary>The outcome of a night that had run already (recovered after its checkpoint): nothing synced again.</summary>
    public const string AlreadyRan = "already checkpointed (recovered)";

    /// <summary>Runs the firm's night; an interrupted run resumes where it stopped on the next call.</summary>
    public async Task<FirmNightResult> RunAsync(FleetFirm firm, string night, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(firm);
        ArgumentException.ThrowIfNullOrEmpty(night);
        // The night's checkpoint commits with its ledger row: a night already checkpointed (its node died after that, and
        // Quartz recovered the job here) is not synced again; only its platform activity, idempotent, is repeated.
        var progress = new NightCheckpointStore(database, firm.Key, night, clock);
        bool done;
        using (Timings().Measure(FleetPhase.Ledger))
        {
            done = await new NightLedger(database).IsCheckpointedAsync(firm.Key, night, cancellationToken).ConfigureAwait(false);
        }

        if (firm.Vendor == Vendor.CaseXchange)
        {
            return await ReadReferralsAsync(firm, progress, done, cancellationToken).ConfigureAwait(false);
        }

        var timings = Timings();
        var source = new CountingCaseSource(services.GetRequiredKeyedService<ICaseSource>(firm.Key), timings);
        var platform = new AdoPlatformCaseStore(database, firm.Key);
        if (done)
        {
            var applied = await progress.LoadAsync(firm.Key, source.SourceSystem, cancellationToken).ConfigureAwait(false);
            var pullStart = applied.Checkpoint.LastSuccessfulPullStart ?? clock.GetCurrentInstant();
            await ReceiveActivityAsync(firm, platform, source.SourceSystem, pullStart, cancellationToken).ConfigureAwait(false);
            return new FirmNightResult(firm.Key, firm.Vendor, 0, 0, new Dictionary<string, int>(), AlreadyRan);
        }

        var runner = new SyncRunner(
            source,
            new TimedPlatformCaseStore(platform, timings),
            new TimedCheckpointStore(progress, timings),
            new RollingLookBackWindowPolicy(firm.Zone),
            clock);
        var syncing = timings.Measure(FleetPhase.Sync);
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
        syncing.Dispose();
        var outcome = result.HeldForConfirmation ? "held for confirmation" : result.Resumed ? "applied (resumed)" : "applied";
        await ReceiveActivityAsync(firm, platform, source.SourceSystem, result.Plan.Now, cancellationToken).ConfigureAwait(false);
        return new FirmNightResult(firm.Key, firm.Vendor, source.Read, result.Applied, result.Plan.Summary.SkipsByReason, outcome);
    }

    // Open cases with an attorney (CASEpeer writes a platform message as the case's primary attorney). The night is the
    // run's pull start, which a resumed run keeps: a night recovered on another node receives the same items.
    private async Task ReceiveActivityAsync(
        FleetFirm firm, AdoPlatformCaseStore platform, string sourceSystem, Instant pullStart, CancellationToken cancellationToken)
    {
        using var _ = (Timings()).Measure(FleetPhase.Activity);
        var cases = await platform.ReadCasesAsync(firm.Key, sourceSystem, cancellationToken).ConfigureAwait(false);
        var active = cases.Where(c => !c.IsClosed && c.AttorneyEmail is not null).Select(c => c.Key.SourceId).ToList();
        await Activity().ReceiveAsync(firm, sourceSystem, active, pullStart, cancellationToken).ConfigureAwait(false);
    }

    // Case Xchange is a referral network: the SDK has no case source for it, so its night reads the referrals received.
    private async Task<FirmNightResult> ReadReferralsAsync(
        FleetFirm firm, NightCheckpointStore progress, bool done, CancellationToken cancellationToken)
    {
        // The night's start is kept in the progress store like a sync's pull start, so a night recovered on another node
        // (or after midnight) receives the same platform activity as the run it replaces.
        var saved = await progress.LoadAsync(firm.Key, CaseXchangeNight, cancellationToken).ConfigureAwait(false);
        if (done && saved.Checkpoint.LastSuccessfulPullStart is { } applied)
        {
            await ReceiveReferralActivityAsync(firm, applied, cancellationToken).ConfigureAwait(false);
            return new FirmNightResult(firm.Key, firm.Vendor, 0, 0, new Dictionary<string, int>(), AlreadyRan);
        }

        var running = saved;
        if (saved.PullStartedAt is not { } started)
        {
            started = clock.GetCurrentInstant();
            running = saved.Started(started, new SyncWindow(started, started));
            await progress.SaveAsync(firm.Key, CaseXchangeNight, running, cancellationToken).ConfigureAwait(false);
        }

        var received = await ReceiveReferralActivityAsync(firm, started, cancellationToken).ConfigureAwait(false);
        await progress.SaveAsync(firm.Key, CaseXchangeNight, running.Completed(), cancellationToken).ConfigureAwait(false);
        return new FirmNightResult(firm.Key, firm.Vendor, received, 0, new Dictionary<string, int>(), "referrals read (no case sync)");
    }

    // Messages on received referrals: Case Xchange's one kind of note, sent to the referring firm. Returns the referrals read.
    private async Task<int> ReceiveReferralActivityAsync(FleetFirm firm, Instant nightStart, CancellationToken cancellationToken)
    {
        var client = services.GetRequiredKeyedService<CaseXchangeClient>(firm.Key);
        var referrals = new List<string>();
        await foreach (var referral in client.ReadReceivedReferralsAsync(cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            referrals.Add(referral.Id);
        }

        if (services.GetKeyedService<Connectors.Core.Writes.ICaseNoteWriter>(firm.Key) is { } writer)
        {
            await Activity().ReceiveAsync(firm, writer.SourceSystem, referrals, nightStart, cancellationToken).ConfigureAwait(false);
        }

        return referrals.Count;
    }

    private PlatformActivity Activity()
    {
        var options = services.GetService<FleetOptions>() ?? new FleetOptions();
        return new PlatformActivity(services, new AdoPlatformOutbox(database), options.MessagesPerNight, options.DocumentsPerNight);
    }

    // The host's timings (FleetHostBuilder registers them); a flow built by hand in a test times into a throwaway.
    private PhaseTimings Timings() => services.GetService<PhaseTimings>() ?? new PhaseTimings();
}
