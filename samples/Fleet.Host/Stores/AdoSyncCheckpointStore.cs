using System.Data.Common;
using System.Text.Json;

using Connectors.Core.Checkpoints;
using Connectors.Core.Windows;

using Fleet.Host.Database;

using NodaTime;

namespace Fleet.Host.Stores;

/// <summary>
/// Core's <see cref="ISyncCheckpointStore"/> in the fleet database: one row per tenant and source system, one column
/// per part of <see cref="SyncProgress"/> (instants as Unix ticks). A save is one upsert: whole or not at all.
/// </summary>
public sealed class AdoSyncCheckpointStore(FleetDatabase database) : ISyncCheckpointStore
{
    private const string Select = """
        SELECT first_sync_completed, last_pull_start, pull_started_at, window_start, window_end, read_cursor, completed_writes
        FROM fleet_sync_progress WHERE tenant = @tenant AND source_system = @source
        """;

    private const string Upsert = """
        INSERT INTO fleet_sync_progress
            (tenant, source_system, first_sync_completed, last_pull_start, pull_started_at,
             window_start, window_end, read_cursor, completed_writes)
        VALUES (@tenant, @source, @first, @last, @started, @wstart, @wend, @cursor, @writes)
        ON CONFLICT (tenant, source_system) DO UPDATE SET
            first_sync_completed = excluded.first_sync_completed, last_pull_start = excluded.last_pull_start,
            pull_started_at = excluded.pull_started_at, window_start = excluded.window_start, window_end = excluded.window_end,
            read_cursor = excluded.read_cursor, completed_writes = excluded.completed_writes
        """;

    /// <inheritdoc />
    public async ValueTask<SyncProgress> LoadAsync(string tenant, string sourceSystem, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.Command(Select, null, ("tenant", tenant), ("source", sourceSystem));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        if (!await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            return SyncProgress.None;
        }

        var checkpoint = new SyncCheckpoint(reader.GetInt64(0) != 0, InstantOrNull(reader, 1));
        var writes = JsonSerializer.Deserialize(reader.GetString(6), FleetJsonContext.Default.ListString)
            ?? throw new InvalidDataException($"The completed writes of tenant '{tenant}' for '{sourceSystem}' are null.");
        return new SyncProgress(checkpoint)
        {
            PullStartedAt = InstantOrNull(reader, 2),
            Window = InstantOrNull(reader, 3) is { } start && InstantOrNull(reader, 4) is { } end ? new SyncWindow(start, end) : null,
            Cursor = reader.IsDBNull(5) ? null : reader.GetString(5),
            CompletedWrites = writes,
        };
    }

    /// <inheritdoc />
    public async ValueTask SaveAsync(string tenant, string sourceSystem, SyncProgress progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(progress);
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await SaveAsync(connection, null, tenant, sourceSystem, progress, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Saves progress on the caller's connection and transaction (to commit it with other rows).</summary>
    internal static async Task SaveAsync(
        DbConnection connection,
        DbTransaction? transaction,
        string tenant,
        string sourceSystem,
        SyncProgress progress,
        CancellationToken cancellationToken)
    {
        await using var command = connection.Command(
            Upsert,
            transaction,
            ("tenant", tenant),
            ("source", sourceSystem),
            ("first", progress.Checkpoint.FirstSyncCompleted ? 1L : 0L),
            ("last", Ticks(progress.Checkpoint.LastSuccessfulPullStart)),
            ("started", Ticks(progress.PullStartedAt)),
            ("wstart", Ticks(progress.Window?.Start)),
            ("wend", Ticks(progress.Window?.End)),
            ("cursor", (object?)progress.Cursor ?? DBNull.Value),
            ("writes", JsonSerializer.Serialize([.. progress.CompletedWrites], FleetJsonContext.Default.ListString)));
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    private static object Ticks(Instant? instant) => instant is { } value ? value.ToUnixTimeTicks() : DBNull.Value;

    private static Instant? InstantOrNull(DbDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : Instant.FromUnixTimeTicks(reader.GetInt64(ordinal));
}
