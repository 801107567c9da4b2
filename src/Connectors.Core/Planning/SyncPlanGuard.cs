using Connectors.Core.Model;

namespace Connectors.Core.Planning;

/// <summary>Refuses stale plans, and applies plans to in-memory snapshots (for tests, samples and simple hosts).</summary>
public static class SyncPlanGuard
{
    /// <summary>Throws when <paramref name="currentTarget"/> is not the snapshot <paramref name="plan"/> was made against.</summary>
    /// <exception cref="StalePlanException">The target changed since planning.</exception>
    public static void EnsureCurrent(SyncPlan plan, IReadOnlyList<TargetCase> currentTarget)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var actual = SnapshotFingerprint.Of(currentTarget);
        if (!string.Equals(plan.TargetFingerprint, actual, StringComparison.Ordinal))
        {
            throw new StalePlanException(plan.TargetFingerprint, actual);
        }
    }

    /// <summary>
    /// Checks the plan is current, then returns the target snapshot with every write applied: creates added,
    /// updates, closes and reopens replaced by the operation's <see cref="SyncOperation.Target"/>.
    /// </summary>
    /// <exception cref="StalePlanException">The target changed since planning.</exception>
    public static IReadOnlyList<TargetCase> ApplyTo(SyncPlan plan, IReadOnlyList<TargetCase> currentTarget)
    {
        EnsureCurrent(plan, currentTarget);
        var byKey = new Dictionary<CaseKey, int>(currentTarget.Count);
        var result = new List<TargetCase>(currentTarget.Count + plan.Summary.Creates);
        foreach (var item in currentTarget)
        {
            byKey.TryAdd(item.Key, result.Count);
            result.Add(item);
        }

        foreach (var operation in plan.Operations)
        {
            if (operation is not { IsWrite: true, Target: { } after })
            {
                continue;
            }

            if (byKey.TryGetValue(operation.Key, out var index))
            {
                result[index] = after;
            }
            else
            {
                byKey.Add(operation.Key, result.Count);
                result.Add(after);
            }
        }

        return result;
    }
}
