using System.Data.Common;

using Microsoft.Data.Sqlite;

using Npgsql;

namespace Fleet.Host.Database;

/// <summary>
/// The one database of the fleet: Quartz's job store, the firms, sync progress and the platform's cases live side by
/// side, so a firm's checkpoint and its job are backed up, restored and failed over together.
/// </summary>
public sealed class FleetDatabase
{
    private FleetDatabase(DatabaseKind kind, string connectionString)
    {
        Kind = kind;
        ConnectionString = connectionString;
    }

    /// <summary>Which database this is.</summary>
    public DatabaseKind Kind { get; }

    /// <summary>The connection string (it may hold a password: never log it).</summary>
    public string ConnectionString { get; }

    /// <summary>A SQLite file, created when missing.</summary>
    public static FleetDatabase Sqlite(string file)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(file);
        // Shared cache off and a busy timeout: Quartz's threads and the stores write to one file at once.
        var builder = new SqliteConnectionStringBuilder { DataSource = file, Pooling = true, DefaultTimeout = 30 };
        return new FleetDatabase(DatabaseKind.Sqlite, builder.ToString());
    }

    /// <summary>A PostgreSQL database, given its connection string.</summary>
    public static FleetDatabase Postgres(string connectionString)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        return new FleetDatabase(DatabaseKind.Postgres, connectionString);
    }

    /// <summary>Opens a new connection; the caller disposes it.</summary>
    public async Task<DbConnection> OpenAsync(CancellationToken cancellationToken)
    {
        DbConnection connection = Kind == DatabaseKind.Sqlite
            ? new SqliteConnection(ConnectionString)
            : new NpgsqlConnection(ConnectionString);
        try
        {
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            if (Kind == DatabaseKind.Sqlite)
            {
                // WAL lets readers go on while one writer writes; the busy timeout waits for the writer lock instead of failing.
                // synchronous=NORMAL: a commit does not wait for the disk (a checkpoint does). A crash of the process loses
                // nothing; a power cut may lose the last commits, whole and in order, each write with its idempotency key and
                // progress, so the night resumes and applies them again (with a wait for the disk per write, the first night's
                // writes were a third of its jobs' time). A 1 MB page cache per pooled connection (2 MB by default): the
                // caches fill as the file grows with the fleet, and a node's memory should not.
                const string Pragmas =
                    "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA cache_size=-1000; PRAGMA busy_timeout=30000;";
                await Execute(connection, Pragmas, cancellationToken).ConfigureAwait(false);
            }

            return connection;
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    private static async Task Execute(DbConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }
}
