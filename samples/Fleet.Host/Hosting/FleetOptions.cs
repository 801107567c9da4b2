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
}
