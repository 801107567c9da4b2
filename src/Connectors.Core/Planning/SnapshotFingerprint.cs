using Connectors.Core.Model;

namespace Connectors.Core.Planning;

/// <summary>
/// Order-independent fingerprints of snapshots: the count and the wrapping sum of each record's XxHash128.
/// The same records in any order give the same fingerprint; any changed field changes it.
/// </summary>
public static class SnapshotFingerprint
{
    private const int ParallelThreshold = 1 << 16;

    /// <summary>The fingerprint of a source snapshot.</summary>
    public static string Of(IReadOnlyList<SourceCase> source)
    {
        ArgumentNullException.ThrowIfNull(source);
        return Compute(source, static (h, c) => h.Add(c));
    }

    /// <summary>The fingerprint of a target snapshot.</summary>
    public static string Of(IReadOnlyList<TargetCase> target)
    {
        ArgumentNullException.ThrowIfNull(target);
        return Compute(target, static (h, c) => h.Add(c));
    }

    /// <summary>Both fingerprints on the calling thread only, for a caller that already runs beside other work.</summary>
    internal static (string Source, string Target) OfBothSequentially(IReadOnlyList<SourceCase> source, IReadOnlyList<TargetCase> target) =>
        (Compute(source, static (h, c) => h.Add(c), parallel: false), Compute(target, static (h, c) => h.Add(c), parallel: false));

    private static string Compute<T>(IReadOnlyList<T> items, Action<RecordHasher, T> add, bool parallel = true)
    {
        UInt128 Sum(int from, int to)
        {
            using var hasher = new RecordHasher();
            UInt128 sum = 0;
            for (var i = from; i < to; i++)
            {
                add(hasher, items[i]);
                sum += hasher.Finish();
            }

            return sum;
        }

        UInt128 total;
        if (!parallel || items.Count < ParallelThreshold)
        {
            total = Sum(0, items.Count);
        }
        else
        {
            // Addition commutes, so splitting the work cannot change the result.
            var parts = Environment.ProcessorCount;
            var partial = new UInt128[parts];
            var size = (items.Count + parts - 1) / parts;
            Parallel.For(0, parts, p => partial[p] = Sum(p * size, Math.Min(items.Count, (p + 1) * size)));
            total = 0;
            foreach (var value in partial)
            {
                total += value;
            }
        }

        return $"{items.Count:x}-{total:x32}";
    }
}
