using Connectors.Core.Model;
using Connectors.Core.Planning;
using Connectors.Core.Sync;

using Fleet.Host.Database;

namespace Fleet.Host.Stores;

/// <summary>
/// The platform's case store for one firm (the tenant: a <see cref="SyncOperation"/> does not carry it) in the fleet
/// database. An operation is applied in one transaction together with its idempotency key, so a resumed run that
/// sends the same key again (Quartz recovering a firm another node was running) changes nothing.
/// </summary>
public sealed class AdoPlatformCaseStore(FleetDatabase database, string tenant) : IPlatformCaseStore
{
    private const string SelectCases =
        "SELECT target_case FROM fleet_platform_cases WHERE tenant = @tenant AND source_system = @source ORDER BY source_id";

    private const string ClaimKey = """
        INSERT INTO fleet_applied_operations (idempotency_key, tenant) VALUES (@key, @tenant)
        ON CONFLICT (idempotency_key) DO NOTHING
        """;

    private const string UpsertCase = """
        INSERT INTO fleet_platform_cases (tenant, source_system, source_id, target_case) VALUES (@tenant, @source, @id, @case)
        ON CONFLICT (tenant, source_system, source_id) DO UPDATE SET target_case = excluded.target_case
        """;

    /// <summary>The firm this store writes for.</summary>
    public string Tenant => tenant;

    /// <inheritdoc />
    public async Task<IReadOnlyList<TargetCase>> ReadCasesAsync(string tenant, string sourceSystem, CancellationToken cancellationToken)
    {
        var cases = new List<TargetCase>();
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.Command(SelectCases, null, ("tenant", tenant), ("source", sourceSystem));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            cases.AddRange(TargetSnapshotJson.Deserialize(reader.GetString(0)));
        }

        return cases;
    }

    /// <inheritdoc />
    public async Task ApplyAsync(SyncOperation operation, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(operation);
        if (!operation.IsWrite)
        {
            return;
        }

        // Closes carry no Target in some plans: keep the stored case and mark it closed.
        var key = operation.IdempotencyKey ?? $"{tenant}:{operation.Key}:{operation.Kind}";
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await using (var claim = connection.Command(ClaimKey, transaction, ("key", key), ("tenant", tenant)))
        {
            if (await claim.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) == 0)
            {
                return; // applied before: the transaction rolls back on dispose, nothing changes
            }
        }

        var after = operation.Target ?? await ClosedCopyAsync(operation, cancellationToken).ConfigureAwait(false);
        if (after is not null)
        {
            var json = TargetSnapshotJson.Serialize([after]); // Core's public snapshot format, a list of one
            await using var upsert = connection.Command(
                UpsertCase,
                transaction,
                ("tenant", tenant),
                ("source", operation.SourceSystem),
                ("id", operation.SourceId),
                ("case", json));
            await upsert.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
    }

    private async Task<TargetCase?> ClosedCopyAsync(SyncOperation operation, CancellationToken cancellationToken)
    {
        if (operation.Kind != OperationKind.Close)
        {
            return null;
        }

        var current = await ReadCasesAsync(tenant, operation.SourceSystem, cancellationToken).ConfigureAwait(false);
        return current.FirstOrDefault(c => c.Key == operation.Key) is { } found ? found with { IsClosed = true } : null;
    }
}
