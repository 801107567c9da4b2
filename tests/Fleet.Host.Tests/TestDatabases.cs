using Fleet.Host.Database;

namespace Fleet.Host.Tests;

/// <summary>A fresh fleet database with its schema: a SQLite file in the cluster's scratch folder, or a new PostgreSQL database.</summary>
internal static class TestDatabases
{
    public static async Task<FleetDatabase> CreateAsync(DatabaseKind kind, PostgresCluster postgres)
    {
        var database = kind == DatabaseKind.Sqlite
            ? FleetDatabase.Sqlite(Path.Combine(postgres.NewScratchFolder(), "fleet.db"))
            : FleetDatabase.Postgres(await postgres.CreateDatabaseAsync());
        await SchemaInstaller.EnsureAsync(database, CancellationToken.None);
        return database;
    }
}
