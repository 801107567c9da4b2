using Connectors.Core.Model;
using Connectors.Core.Planning;
using Connectors.Core.Sources;
using Connectors.Core.Windows;

namespace CasePeer.Sample;

/// <summary>
/// The manual "Sync with CASEpeer" button: every CASEpeer case (an unbounded read), or one case by id
/// (<see cref="ICaseSource.ReadCaseAsync"/>), planned with <see cref="SyncMode.UpdateOnly"/>, so it updates the cases
/// synced before and creates none; a case never synced is a skip (<see cref="SkipReason.NotSyncedBefore"/>). Stage and
/// close changes still need the case connected with "Connect to Case Status".
/// </summary>
internal static class ManualSync
{
    /// <summary>The case id after <c>--manual</c> (null for every case), or whether the option is there at all.</summary>
    public static bool Requested(string[] args, out string? caseId)
    {
        var at = Array.IndexOf(args, "--manual");
        caseId = at >= 0 && at + 1 < args.Length && !args[at + 1].StartsWith("--", StringComparison.Ordinal) ? args[at + 1] : null;
        return at >= 0;
    }

    /// <summary>Reads the cases to sync by hand: all of them, or the one named (empty when CASEpeer has no such case).</summary>
    public static async Task<IReadOnlyList<SourceCase>> ReadAsync(ICaseSource source, string? caseId)
    {
        if (caseId is not null)
        {
            return await source.ReadCaseAsync(caseId).ConfigureAwait(false) is { } one ? [one] : [];
        }

        var all = new List<SourceCase>();
        await foreach (var item in source.ReadCasesAsync(SyncWindow.Unbounded).ConfigureAwait(false))
        {
            all.Add(item);
        }

        return all;
    }

    /// <summary>What the manual sync did, for a person: the updates, and the cases it left alone because they were never synced.</summary>
    public static void Print(SyncPlan plan, string? caseId)
    {
        var unchanged = plan.Operations.Count(o => o.Reason == SkipReason.Unchanged);
        var neverSynced = plan.Operations.Where(o => o.Reason == SkipReason.NotSyncedBefore).Select(o => o.SourceId).ToList();
        var scope = caseId is null ? "every case" : $"case {caseId}";
        Console.WriteLine($"Manual \"Sync with CASEpeer\" ({scope}): {plan.Summary.Updates} updated, {plan.Summary.Closes} closed, " +
            $"{unchanged} already up to date, {neverSynced.Count} skipped as never synced (a manual sync creates nothing).");
        if (neverSynced.Count > 0)
        {
            var shown = string.Join(", ", neverSynced.Take(10));
            Console.WriteLine($"  Never synced ({SkipReason.NotSyncedBefore}): {shown}{(neverSynced.Count > 10 ? ", ..." : "")}");
        }
    }
}
