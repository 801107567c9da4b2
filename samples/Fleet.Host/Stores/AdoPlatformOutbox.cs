using System.Data.Common;

using Connectors.Core.Writes;

using Fleet.Host.Database;
using Fleet.Host.Flows;

using NodaTime;

namespace Fleet.Host.Stores;

/// <summary>
/// The platform's outbox in the fleet database: the messages and documents to write to each firm's vendor. An item is
/// added once (a second add of the same id changes nothing) and marked delivered once, after its write; a crash between
/// the write and the mark leaves it undelivered, so the next run sends the same id again and the writer finds it written.
/// </summary>
public sealed class AdoPlatformOutbox(FleetDatabase database)
{
    private const string Insert = """
        INSERT INTO fleet_platform_outbox
            (item_id, tenant, kind, source_system, source_case_id, file_name, body, created_at, delivered_at, write_result)
        VALUES (@id, @tenant, @kind, @source, @case, @file, @body, @created, NULL, NULL)
        ON CONFLICT (item_id) DO NOTHING
        """;

    // Keyset paging on (created_at, item_id): a batch after the last item of the previous one, so items left undelivered
    // by this run (an unknown outcome) are not read again by it.
    private const string SelectUndelivered = """
        SELECT item_id, tenant, kind, source_system, source_case_id, file_name, body, created_at
        FROM fleet_platform_outbox
        WHERE tenant = @tenant AND kind = @kind AND delivered_at IS NULL
          AND (created_at > @after_created OR (created_at = @after_created AND item_id > @after_id))
        ORDER BY created_at, item_id
        LIMIT @limit
        """;

    private const string MarkDelivered = """
        UPDATE fleet_platform_outbox SET delivered_at = @at, write_result = @result
        WHERE item_id = @id AND delivered_at IS NULL
        """;

    private const string SelectResult = "SELECT delivered_at, write_result FROM fleet_platform_outbox WHERE item_id = @id";

    /// <summary>Adds the items whose ids are not in the outbox yet; returns how many were new.</summary>
    public async Task<int> AddAsync(IEnumerable<OutboxItem> items, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(items);
        var added = 0;
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        foreach (var item in items)
        {
            await using var command = connection.Command(
                Insert,
                transaction,
                ("id", item.ItemId),
                ("tenant", item.Tenant),
                ("kind", KindText(item.Kind)),
                ("source", item.SourceSystem),
                ("case", item.SourceCaseId),
                ("file", item.FileName),
                ("body", item.Body),
                ("created", item.CreatedAt.ToUnixTimeTicks()));
            added += await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return added;
    }

    /// <summary>
    /// Up to <paramref name="limit"/> undelivered items of <paramref name="tenant"/> of one kind, oldest first, after
    /// <paramref name="after"/> (the last item of the previous batch; null for the first batch).
    /// </summary>
    public async Task<IReadOnlyList<OutboxItem>> ReadUndeliveredAsync(
        string tenant, OutboxItemKind kind, int limit, OutboxItem? after, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1);
        var items = new List<OutboxItem>();
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.Command(
            SelectUndelivered,
            null,
            ("tenant", tenant),
            ("kind", KindText(kind)),
            ("after_created", after?.CreatedAt.ToUnixTimeTicks() ?? long.MinValue),
            ("after_id", after?.ItemId ?? string.Empty),
            ("limit", (long)limit));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            items.Add(Read(reader));
        }

        return items;
    }

    /// <summary>
    /// Marks the item delivered with what its write did. True when this call marked it; false when it was marked before
    /// (another run delivered it) or is not in the outbox.
    /// </summary>
    public async Task<bool> MarkDeliveredAsync(string itemId, WriteResultKind result, Instant at, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.Command(
            MarkDelivered, null, ("id", itemId), ("at", at.ToUnixTimeTicks()), ("result", result.ToString()));
        return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) == 1;
    }

    /// <summary>What the item's delivery recorded: null when it is undelivered (or unknown).</summary>
    public async Task<WriteResultKind?> DeliveredAsAsync(string itemId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.Command(SelectResult, null, ("id", itemId));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        return await reader.ReadAsync(cancellationToken).ConfigureAwait(false) && !reader.IsDBNull(0)
            ? Enum.Parse<WriteResultKind>(reader.GetString(1))
            : null;
    }

    private static OutboxItem Read(DbDataReader reader) => new(
        reader.GetString(1),
        reader.GetString(0),
        reader.GetString(2) == KindText(OutboxItemKind.Document) ? OutboxItemKind.Document : OutboxItemKind.Message,
        reader.GetString(3),
        reader.GetString(4),
        reader.IsDBNull(5) ? null : reader.GetString(5),
        reader.GetString(6),
        Instant.FromUnixTimeTicks(reader.GetInt64(7)));

    private static string KindText(OutboxItemKind kind) => kind == OutboxItemKind.Document ? "document" : "message";
}
