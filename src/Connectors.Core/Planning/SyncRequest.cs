using Connectors.Core.Model;
using Connectors.Core.Stages;
using Connectors.Core.Windows;

using NodaTime;

namespace Connectors.Core.Planning;

/// <summary>
/// Everything the planner needs, so that planning reads no clock and does no I/O: the two snapshots, 'now', the
/// window, the stage catalog and maps, the platform's attorney users and the policies.
/// </summary>
public sealed record SyncRequest
{
    /// <summary>The tenant (firm) the sync is for; part of every idempotency key.</summary>
    public required string Tenant { get; init; }

    /// <summary>The source system read (<c>"casepeer"</c>, <c>"mycase"</c>...). Target cases of other systems are left alone.</summary>
    public required string SourceSystem { get; init; }

    /// <summary>The instant the plan is made for (the start of the pull).</summary>
    public required Instant Now { get; init; }

    /// <summary>The sync window; source cases last updated outside it are skipped.</summary>
    public required SyncWindow Window { get; init; }

    /// <summary>The cases read from the source.</summary>
    public required IReadOnlyList<SourceCase> Source { get; init; }

    /// <summary>
    /// The source's report on the read that produced <see cref="Source"/>: pass the one given to
    /// <see cref="Sources.ICaseSource.ReadSnapshotAsync(SyncWindow, Sources.SourceReadReport, CancellationToken)"/>; null
    /// when there is none. A platform case absent from <see cref="Source"/> is closed only when (a) this report says the
    /// source returned every case, (b) <see cref="Window"/> is <see cref="SyncWindow.Unbounded"/> (a windowed read is
    /// never complete) and (c) no record of <see cref="Source"/> is unreadable (<see cref="SourceCase.ReadError"/>).
    /// Completeness is the source's to report: no setting makes a filtered or windowed read close anything.
    /// </summary>
    public Sources.SourceReadReport? SourceRead { get; init; }

    /// <summary>The cases the platform holds now.</summary>
    public required IReadOnlyList<TargetCase> Target { get; init; }

    /// <summary>The platform's practice areas and stages.</summary>
    public required StageCatalog Stages { get; init; }

    /// <summary>Explicit stage overrides.</summary>
    public StageMap StageMap { get; init; } = StageMap.Empty;

    /// <summary>Source to platform practice areas.</summary>
    public PracticeAreaMap PracticeAreaMap { get; init; } = PracticeAreaMap.SameName;

    /// <summary>The platform's attorney users' emails.</summary>
    public required IReadOnlyCollection<string> KnownAttorneys { get; init; }

    /// <summary>
    /// <see cref="SyncMode.Full"/> (the default: the scheduled sync) or <see cref="SyncMode.UpdateOnly"/> (a manual sync that
    /// updates previously synced cases and creates none).
    /// </summary>
    public SyncMode Mode { get; init; } = SyncMode.Full;

    /// <summary>Reopen and mass-change policies.</summary>
    public SyncPolicy Policy { get; init; } = SyncPolicy.Default;

    /// <summary>The firm's operating hours, to say when held client notifications are released; null for at once.</summary>
    public Scheduling.OperatingHours? OperatingHours { get; init; }
}
