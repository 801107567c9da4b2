using System.Data.Common;

using Fleet.Host.Database;

using NodaTime;

namespace Fleet.Host.Stores;

/// <summary>
/// Which firm nights have run: one row per firm and night. The night's checkpoint commits with its row
/// (<see cref="NightCheckpointStore"/>), so a night that Quartz's recovery runs again on another node is seen as done
/// and its checkpoint is applied once; <see cref="FirmNight.Completions"/> counts the applications, to prove it.
/// </summary>
public sealed class NightLedger(FleetDatabase database)
{
    private const string SelectCheckpointed =
        "SELECT COUNT(*) FROM fleet_firm_nights WHERE firm_key = @firm AND night = @night AND completions > 0";

    private const string RecordStarted = """
        INSERT INTO fleet_firm_nights (firm_key, night, completions, started_at, checkpoint_at, finished_at)
        VALUES (@firm, @night, 0, @at, NULL, NULL)
        ON CONFLICT (firm_key, night) DO NOTHING
        """;

    private const string SelectUnfinished = """
        SELECT night FROM fleet_firm_nights WHERE firm_key = @firm AND started_at IS NOT NULL AND finished_at IS NULL
        ORDER BY started_at DESC
        """;

    private const string RecordCheckpoint = """
        INSERT INTO fleet_firm_nights (firm_key, night, completions, started_at, checkpoint_at, finished_at)
        VALUES (@firm, @night, 1, NULL, @at, NULL)
        ON CONFLICT (firm_key, night) DO UPDATE SET
            completions = fleet_firm_nights.completions + 1, checkpoint_at = excluded.checkpoint_at
        """;

    private const string RecordFinished = """
        INSERT INTO fleet_firm_nights (firm_key, night, completions, started_at, checkpoint_at, finished_at)
        VALUES (@firm, @night, 0, NULL, NULL, @at)
        ON CONFLICT (firm_key, night) DO UPDATE SET finished_at = excluded.finished_at
        """;

    private const string SelectNight =
        "SELECT firm_key, completions, finished_at FROM fleet_firm_nights WHERE night = @night ORDER BY firm_key";

    private const string CountFinished = "SELECT COUNT(*) FROM fleet_firm_nights WHERE night = @night AND finished_at IS NOT NULL";

    /// <summary>True when the firm's night has its checkpoint applied already.</summary>
    public async Task<bool> IsCheckpointedAsync(string firmKey, string night, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.Command(SelectCheckpointed, null, ("firm", firmKey), ("night", night));
        return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), null) > 0;
    }

    /// <summary>Records that a night run by hand has started for the firm (once; a rerun keeps the first start).</summary>
    public async Task StartAsync(string firmKey, string night, Instant at, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.Command(
            RecordStarted, null, ("firm", firmKey), ("night", night), ("at", at.ToUnixTimeTicks()));
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The latest night run by hand that the firm started and did not finish, if any.</summary>
    public async Task<string?> UnfinishedNightAsync(string firmKey, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.Command(SelectUnfinished, null, ("firm", firmKey));
        return await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) as string;
    }

    /// <summary>Records that every flow of the firm's night has run (the night's last step).</summary>
    public async Task FinishAsync(string firmKey, string night, Instant at, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.Command(
            RecordFinished, null, ("firm", firmKey), ("night", night), ("at", at.ToUnixTimeTicks()));
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>How many firms have finished the night.</summary>
    public async Task<int> CountFinishedAsync(string night, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.Command(CountFinished, null, ("night", night));
        return Convert.ToInt32(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), null);
    }

    /// <summary>Every firm's row for the night, by firm key.</summary>
    public async Task<IReadOnlyList<FirmNight>> ReadAsync(string night, CancellationToken cancellationToken)
    {
        var rows = new List<FirmNight>();
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.Command(SelectNight, null, ("night", night));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            rows.Add(new FirmNight(reader.GetString(0), reader.GetInt32(1), !reader.IsDBNull(2)));
        }

        return rows;
    }

    /// <summary>Counts the night's checkpoint, on the transaction that saves it.</summary>
    internal static async Task RecordCheckpointAsync(
        DbConnection connection,
        DbTransaction transaction,
        string firmKey,
        string night,
        Instant at,
        CancellationToken cancellationToken)
    {
        await using var command = connection.Command(
            RecordCheckpoint, transaction, ("firm", firmKey), ("night", night), ("at", at.ToUnixTimeTicks()));
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }
}

/// <summary>One firm's night in the <see cref="NightLedger"/>.</summary>
/// <param name="FirmKey">The firm.</param>
/// <param name="Completions">How many times the night's checkpoint was applied (1 when all went well; 0 for a vendor without one).</param>
/// <param name="Finished">True when every flow of the night ran.</param>
public sealed record FirmNight(string FirmKey, int Completions, bool Finished);
