using System.Collections.Concurrent;
using System.Globalization;

namespace Connectors.Reliability.Tests.Fuzzing;

/// <summary>What a surface's run saw: inputs tried, read, rejected (by exception type), and list checks made.</summary>
public sealed class FuzzStats
{
    private static readonly ConcurrentDictionary<string, FuzzStats> All = new(StringComparer.Ordinal);
    private readonly SortedDictionary<string, int> _rejections = new(StringComparer.Ordinal);

    /// <summary>Inputs fed.</summary>
    public int Inputs { get; private set; }

    /// <summary>Inputs the SDK read (possibly skipping records).</summary>
    public int ReadCount { get; private set; }

    /// <summary>Inputs where one record was mutated and every other record was checked to come through.</summary>
    public int OthersKept { get; private set; }

    /// <summary>Every surface's stats so far in this run.</summary>
    public static IReadOnlyDictionary<string, FuzzStats> Runs => All;

    /// <summary>Inputs refused, by exception type name.</summary>
    public IReadOnlyDictionary<string, int> Rejections => _rejections;

    /// <summary>
    /// Keeps a surface's stats for the run's summary and rewrites the summary (<see cref="FuzzReport"/>) with every
    /// surface recorded so far: whichever surface finishes last, in whatever order, writes the run's full count.
    /// </summary>
    public static void Record(string surface, FuzzStats stats)
    {
        All[surface] = stats;
        FuzzReport.Update(All);
    }

    /// <summary>Counts a read input.</summary>
    public void Read()
    {
        Inputs++;
        ReadCount++;
    }

    /// <summary>Counts an input the SDK refused.</summary>
    public void Rejected(Exception exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        Inputs++;
        var name = exception.GetType().Name;
        _rejections[name] = _rejections.GetValueOrDefault(name) + 1;
    }

    /// <summary>Counts a list check.</summary>
    public void KeptOthers() => OthersKept++;

    /// <summary>One line for the test output.</summary>
    public string Summary(string surface) => string.Create(CultureInfo.InvariantCulture,
        $"{surface}: {Inputs} mutated inputs tried; {ReadCount} read ({OthersKept} with one record mutated and every other record kept); " +
        $"rejected: {(_rejections.Count == 0 ? "none" : string.Join(", ", _rejections.Select(r => $"{r.Key} {r.Value}")))}.");
}
