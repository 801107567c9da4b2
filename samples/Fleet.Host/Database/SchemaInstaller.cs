using System.Data.Common;

namespace Fleet.Host.Database;

/// <summary>
/// Creates Quartz's tables and the fleet's where they are missing, in one transaction. Every statement is
/// CREATE ... IF NOT EXISTS, so it never drops or changes what is there.
/// </summary>
public static class SchemaInstaller
{
    /// <summary>Ensures the schema; safe to call from every node at start (PostgreSQL takes a lock so only one creates it).</summary>
    public static async Task EnsureAsync(FleetDatabase database, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(database);
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        if (database.Kind == DatabaseKind.Postgres)
        {
            // Two nodes starting together must not both create the tables: an advisory lock held until commit.
            await Execute(connection, transaction, "SELECT pg_advisory_xact_lock(170017)", cancellationToken).ConfigureAwait(false);
        }

        foreach (var statement in SchemaScripts.Quartz(database.Kind))
        {
            await Execute(connection, transaction, statement, cancellationToken).ConfigureAwait(false);
        }

        await Execute(connection, transaction, SchemaScripts.Fleet(), cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
    }

    private static async Task Execute(DbConnection connection, DbTransaction transaction, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }
}
