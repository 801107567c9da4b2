namespace Fleet.Host.Hosting;

/// <summary>How this node runs: which database, how many firms at once, and whether it stays up.</summary>
public sealed record FleetOptions
{
    /// <summary>A PostgreSQL connection string: Quartz's clustered job store. Null: one SQLite file, one node.</summary>
    public string? Postgres { get; init; }

    /// <summary>The SQLite file when <see cref="Postgres"/> is null.</summary>
    public string SqliteFile { get; init; } = Path.Combine(AppContext.BaseDirectory, "fleet.db");

    /// <summary>Firms run at once on this node: the Quartz thread pool's size.</summary>
    public int Concurrency { get; init; } = 4;

    /// <summary>Sample firms per vendor.</summary>
    public int FirmsPerVendor { get; init; } = 3;

    /// <summary>Keep running on the real schedules instead of running one night and exiting.</summary>
    public bool Serve { get; init; }

    /// <summary>
    /// How late a trigger may fire and still count as on time; later, its misfire instruction applies (fire once, now).
    /// </summary>
    public TimeSpan MisfireThreshold { get; init; } = TimeSpan.FromMinutes(1);

    /// <summary>
    /// Client messages the platform receives per firm per night (the sample's stand-in for platform activity,
    /// <c>PlatformActivity</c>), written to the firm's vendor as notes by the Messages flow.
    /// </summary>
    public int MessagesPerNight { get; init; } = 2;

    /// <summary>Documents the platform receives per firm per night, copied to the firm's vendor by the Documents flow.</summary>
    public int DocumentsPerNight { get; init; } = 1;

    /// <summary>Outbox items a Documents or Messages run reads from the database at a time.</summary>
    public int OutboxBatchSize { get; init; } = 50;
}
