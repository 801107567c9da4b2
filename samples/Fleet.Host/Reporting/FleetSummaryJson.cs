using System.Diagnostics;
using System.Text.Json;

using Fleet.Host.Fleet;

namespace Fleet.Host.Reporting;

/// <summary>
/// The night's summary as JSON (<c>--summary-json FILE</c>), for the fleet benchmark: the counts of the printed summary,
/// the night's duration, this process's peak working set and CPU time, and where the time went (<see cref="PhaseTimings"/>).
/// </summary>
public static class FleetSummaryJson
{
    /// <summary>What the run measured besides the report and the phase timings.</summary>
    /// <param name="Concurrency">Firms run at once (the Quartz thread pool).</param>
    /// <param name="Night">The night's duration, from its trigger until the ledger counted every firm finished.</param>
    /// <param name="NightCpu">This process's CPU time (user and system) over the same span.</param>
    /// <param name="Setup">Start-up steps before the trigger (schema, tenants, authorization, jobs), by name.</param>
    /// <param name="StartupPeakWorkingSet">The process's peak working set when the night was triggered: start-up's share.</param>
    public sealed record Run(
        int Concurrency, TimeSpan Night, TimeSpan NightCpu, IReadOnlyDictionary<string, TimeSpan> Setup, long StartupPeakWorkingSet);

    /// <summary>Writes the summary to <paramref name="file"/>.</summary>
    public static async Task WriteAsync(string file, FleetReport report, PhaseTimings timings, Run run, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(file);
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(timings);
        ArgumentNullException.ThrowIfNull(run);
        using var process = Process.GetCurrentProcess();
        var nights = report.Nights;
        var stream = File.Create(file);
        await using (stream.ConfigureAwait(false))
        {
            var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true });
            await using (json.ConfigureAwait(false))
            {
                json.WriteStartObject();
                json.WriteNumber("firms", nights.Count);
                json.WriteNumber("failedFirms", nights.Count(n => !n.Succeeded));
                json.WriteNumber("concurrency", run.Concurrency);
                json.WriteNumber("casesRead", nights.Sum(n => (long)n.CasesRead));
                json.WriteNumber("writes", nights.Sum(n => (long)n.Writes));
                json.WriteNumber("nightSeconds", run.Night.TotalSeconds);
                json.WriteNumber("nightCpuSeconds", run.NightCpu.TotalSeconds);
                json.WriteNumber("processCpuSeconds", process.TotalProcessorTime.TotalSeconds);
                json.WriteNumber("peakWorkingSetBytes", process.PeakWorkingSet64);
                json.WriteNumber("startupPeakWorkingSetBytes", run.StartupPeakWorkingSet);
                json.WriteNumber("workingSetBytes", process.WorkingSet64);
                json.WriteNumber("gcCommittedBytes", GC.GetGCMemoryInfo().TotalCommittedBytes);
                json.WriteNumber("threads", process.Threads.Count);
                WriteResidentSplit(json);
                json.WriteNumber("gcHeapBytes", GC.GetTotalMemory(forceFullCollection: false));
                json.WriteNumber("gen2Collections", GC.CollectionCount(2));
                var documents = report.Flows.GetValueOrDefault(FlowKind.Documents, FlowTotals.None);
                json.WriteNumber("documentsDelivered", documents.Delivered);
                json.WriteNumber("documentsAlreadyWritten", documents.AlreadyWritten);
                json.WriteStartObject("setupSeconds");
                foreach (var (step, took) in run.Setup)
                {
                    json.WriteNumber(step, took.TotalSeconds);
                }

                json.WriteEndObject();
                // Summed over firms and threads: with N firms at once, up to N times the night's wall time.
                json.WriteStartObject("phaseSeconds");
                foreach (var phase in Enum.GetValues<FleetPhase>())
                {
                    json.WriteNumber(JsonNamingPolicy.CamelCase.ConvertName(phase.ToString()), timings.Total(phase).TotalSeconds);
                }

                json.WriteEndObject();
                json.WriteEndObject();
            }
        }
    }

    // Linux: the resident set split into anonymous memory (heaps, stacks), file-backed pages (the loaded assemblies and
    // native libraries) and shared memory (mostly JIT code, which .NET maps twice for W^X), in bytes; nothing elsewhere.
    private static void WriteResidentSplit(Utf8JsonWriter json)
    {
        const string Status = "/proc/self/status";
        if (!File.Exists(Status))
        {
            return;
        }

        json.WriteStartObject("residentBytes");
        foreach (var line in File.ReadLines(Status))
        {
            var parts = line.Split(':', 2, StringSplitOptions.TrimEntries);
            if (parts is [var name, var value]
                && name.StartsWith("Rss", StringComparison.Ordinal)
                && value.EndsWith(" kB", StringComparison.Ordinal))
            {
                json.WriteNumber(name, long.Parse(value[..^3], System.Globalization.CultureInfo.InvariantCulture) * 1024);
            }
        }

        json.WriteEndObject();
    }
}
