namespace Fleet.Host.Database;

/// <summary>The two databases the fleet runs on: one SQLite file on one node, or PostgreSQL shared by a cluster.</summary>
public enum DatabaseKind
{
    /// <summary>One file, one node (the zero-configuration default).</summary>
    Sqlite,

    /// <summary>Quartz's clustered job store: several nodes share the fleet and take over each other's work.</summary>
    Postgres,
}
