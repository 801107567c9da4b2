using System.Globalization;

namespace Connectors.IntegrationTests.Chaos;

/// <summary>
/// The fault seeds of a matrix run: chosen afresh each run so CI explores new points over time, printed so a failing one
/// can be replayed. <c>CONNECTORS_CHAOS_SEED=&lt;n&gt;</c> pins one seed; <c>CONNECTORS_CHAOS_SEEDS=&lt;count&gt;</c> sets how many (3 by
/// default).
/// </summary>
internal static class ChaosSeeds
{
    public const int DefaultCount = 3;

    public static IReadOnlyList<int> Choose()
    {
        if (int.TryParse(
            Environment.GetEnvironmentVariable("CONNECTORS_CHAOS_SEED"),
            NumberStyles.Integer,
            CultureInfo.InvariantCulture,
            out var pinned))
        {
            return [pinned];
        }

        var count = int.TryParse(
            Environment.GetEnvironmentVariable("CONNECTORS_CHAOS_SEEDS"),
            NumberStyles.Integer,
            CultureInfo.InvariantCulture,
            out var n) && n > 0 ? n : DefaultCount;
        var seeds = new SortedSet<int>();
        while (seeds.Count < count)
        {
            seeds.Add(Random.Shared.Next(1, 1_000_000));
        }

        return [.. seeds];
    }
}
