using Connectors.Core.Model;
using Connectors.Core.Planning;

namespace Connectors.Core.Sync;

/// <summary>
/// The platform side of a sync, implemented by the host: what the platform holds for a source system, and how an
/// operation is applied to it. <see cref="ApplyAsync"/> must be idempotent on <see cref="SyncOperation.IdempotencyKey"/>:
/// a resumed run may apply an operation again when the run stopped after applying it and before recording it.
/// </summary>
public interface IPlatformCaseStore
{
    /// <summary>The platform's cases that came from <paramref name="sourceSystem"/> for <paramref name="tenant"/>.</summary>
    Task<IReadOnlyList<TargetCase>> ReadCasesAsync(string tenant, string sourceSystem, CancellationToken cancellationToken);

    /// <summary>Applies one write operation (create, update, close or reopen); a repeat of the same key changes nothing.</summary>
    Task ApplyAsync(SyncOperation operation, CancellationToken cancellationToken);
}
