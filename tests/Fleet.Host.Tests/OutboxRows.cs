using Fleet.Host.Database;

namespace Fleet.Host.Tests;

/// <summary>Reads the outbox table directly, for assertions: the store itself has no query for all of a firm's items.</summary>
internal static class OutboxRows
{
    /// <summary>The firm's item ids of one kind ("message" or "document"), with whether each is delivered.</summary>
    public static async Task<IReadOnlyDictionary<string, bool>> OfAsync(FleetDatabase database, string tenant, string kind)
    {
        var rows = new Dictionary<string, bool>(StringComparer.Ordinal);
        await using var connection = await database.OpenAsync(default);
        await using var command = connection.Command(
            "SELECT item_id, delivered_at FROM fleet_platform_outbox WHERE tenant = @tenant AND kind = @kind",
            null,
            ("tenant", tenant),
            ("kind", kind));
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            rows[reader.GetString(0)] = !reader.IsDBNull(1);
        }

        return rows;
    }
}
