namespace Fleet.Host.Reporting;

/// <summary>Where a night's time goes, summed over firms (<see cref="PhaseTimings"/>).</summary>
public enum FleetPhase
{
    /// <summary>A firm's whole job execution, from Quartz handing it over to its return.</summary>
    Job,

    /// <summary>The case sync: Core's <c>SyncRunner</c>, from loading progress to saving the completed checkpoint.</summary>
    Sync,

    /// <summary>Waiting for the vendor's cases (HTTP, rate limit, mapping), inside <see cref="Sync"/>.</summary>
    VendorRead,

    /// <summary>Reading the platform's stored cases for the plan, inside <see cref="Sync"/>.</summary>
    PlatformRead,

    /// <summary>Applying the plan's writes to the platform store, inside <see cref="Sync"/>.</summary>
    PlatformApply,

    /// <summary>Saving sync progress and the night's checkpoint, inside <see cref="Sync"/>.</summary>
    Checkpoint,

    /// <summary>The night's platform activity: reading the firm's cases again and adding outbox items.</summary>
    Activity,

    /// <summary>The Documents flow: writing the outbox's documents to the vendor.</summary>
    Documents,

    /// <summary>The Messages flow (MyCase firms have no note writer: a lookup only).</summary>
    Messages,

    /// <summary>The night ledger's rows: started, checkpointed?, finished.</summary>
    Ledger,
}
