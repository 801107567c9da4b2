using Fleet.Host.Fleet;

namespace Fleet.Host.Hosting;

/// <summary>How this node runs: which database and sandbox, which firms, how many at once, and whether it stays up.</summary>
public sealed record FleetOptions
{
    /// <summary>A PostgreSQL connection string: Quartz's clustered job store. Null: one SQLite file, one node.</summary>
    public string? Postgres { get; init; }

    /// <summary>The SQLite file when <see cref="Postgres"/> is null.</summary>
    public string SqliteFile { get; init; } = Path.Combine(AppContext.BaseDirectory, "fleet.db");

    /// <summary>Firms run at once on this node: the Quartz thread pool's size.</summary>
    public int Concurrency { get; init; } = 4;

    /// <summary>Sample firms per vendor (when <see cref="Firms"/> is not set).</summary>
    public int FirmsPerVendor { get; init; } = 3;

    /// <summary>Sample firms in all, spread evenly over <see cref="Vendors"/>; null: <see cref="FirmsPerVendor"/> each.</summary>
    public int? Firms { get; init; }

    /// <summary>The vendors of the sample firms; all four by default.</summary>
    public IReadOnlyList<Vendor> Vendors { get; init; } = Enum.GetValues<Vendor>();

    /// <summary>Cases the sandbox seeds per firm; null for each vendor's default.</summary>
    public int? CasesPerFirm { get; init; }

    /// <summary>
    /// A standalone sandbox's root address (<c>dotnet run --project src/Connectors.Sandbox</c>), shared by every node of
    /// a cluster; null starts one in this process.
    /// </summary>
    public Uri? Sandbox { get; init; }

    /// <summary>The id of the night run by hand (every node of a cluster must be given the same); null makes a new one.</summary>
    public string? Night { get; init; }

    /// <summary>
    /// True for a node that joins another node's night: it runs the firms Quartz gives it and exits when the whole fleet has
    /// finished the night, without triggering it.
    /// </summary>
    public bool Join { get; init; }

    /// <summary>How often a clustered node checks in; another node that misses about two check-ins is declared dead.</summary>
    public TimeSpan ClusterCheckinInterval { get; init; } = TimeSpan.FromSeconds(7.5);

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
