using Fleet.Host.Database;
using Fleet.Host.Fleet;

using NodaTime;

namespace Fleet.Host.Stores;

/// <summary>The fleet's firms in the database: what every node reads to know the fleet, whoever registered it.</summary>
public sealed class FirmTable(FleetDatabase database)
{
    private const string Upsert = """
        INSERT INTO fleet_firms (firm_key, vendor, time_zone) VALUES (@key, @vendor, @zone)
        ON CONFLICT (firm_key) DO UPDATE SET vendor = excluded.vendor, time_zone = excluded.time_zone
        """;

    private const string SelectAll = "SELECT firm_key, vendor, time_zone FROM fleet_firms ORDER BY firm_key";

    /// <summary>Adds the firms, or updates those already there.</summary>
    public async Task SaveAsync(IEnumerable<FleetFirm> firms, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(firms);
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        foreach (var firm in firms)
        {
            await using var command = connection.Command(
                Upsert, transaction, ("key", firm.Key), ("vendor", firm.Vendor.ToString()), ("zone", firm.Zone.Id));
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Every firm, by key.</summary>
    public async Task<IReadOnlyList<FleetFirm>> ReadAllAsync(CancellationToken cancellationToken)
    {
        var firms = new List<FleetFirm>();
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.Command(SelectAll);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            var zone = DateTimeZoneProviders.Tzdb[reader.GetString(2)];
            firms.Add(new FleetFirm(reader.GetString(0), Enum.Parse<Vendor>(reader.GetString(1)), zone));
        }

        return firms;
    }
}
