using System.Text.Json;

namespace Connectors.Benchmarks.Fleet;

/// <summary>What a Fleet.Host child wrote with <c>--summary-json</c> (the fields the benchmark prints).</summary>
internal sealed record FleetNightSummary(
    int Firms,
    int FailedFirms,
    int Concurrency,
    long CasesRead,
    long Writes,
    double NightSeconds,
    double NightCpuSeconds,
    long PeakWorkingSetBytes,
    long StartupPeakWorkingSetBytes,
    long GcHeapBytes,
    long GcCommittedBytes,
    int Threads,
    IReadOnlyDictionary<string, long>? ResidentBytes,
    long DocumentsDelivered,
    IReadOnlyDictionary<string, double> SetupSeconds,
    IReadOnlyDictionary<string, double> PhaseSeconds)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static FleetNightSummary Read(string file) =>
        JsonSerializer.Deserialize<FleetNightSummary>(File.ReadAllText(file), Json)
            ?? throw new InvalidDataException($"No summary in {file}.");

    public double Phase(string name) => PhaseSeconds.GetValueOrDefault(name);
}
