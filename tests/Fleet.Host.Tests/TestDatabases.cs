using Fleet.Host.Database;

namespace Fleet.Host.Tests;

/// <summary>A fresh fleet database with its schema: a SQLite file in a temporary folder, or a new PostgreSQL database.</summary>
internal static class TestDatabases
{
    public static async Task<FleetDatabase> CreateAsync(DatabaseKind kind, PostgresCluster postgres)
    {
        var database = kind == DatabaseKind.Sqlite
            ? FleetDatabase.Sqlite(Path.Combine(Directory.CreateTempSubdirectory("fleet-sqlite-").FullName, "fleet.db"))
            : FleetDatabase.Postgres(await postgres.CreateDatabaseAsync());
        await SchemaInstaller.EnsureAsync(database, CancellationToken.None);
        return database;
    }
}
