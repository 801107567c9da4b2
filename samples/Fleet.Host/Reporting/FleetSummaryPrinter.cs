using System.Diagnostics;

using Fleet.Host.Fleet;

using NodaTime;

namespace Fleet.Host.Reporting;

/// <summary>The fleet summary after a night: firms, cases read, writes, skips by reason, duration and peak memory.</summary>
public static class FleetSummaryPrinter
{
    /// <summary>Prints the summary of <paramref name="report"/>'s night.</summary>
    public static void Print(FleetReport report, Duration duration, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(output);
        var nights = report.Nights;
        output.WriteLine();
        output.WriteLine("Night by firm:");
        foreach (var night in nights.Take(NextRunsPrinter.MaxFirms))
        {
            output.WriteLine(
                $"  {night.FirmKey,-20} {night.Vendor,-14} read {night.CasesRead,5}  writes {night.Writes,5}  {night.Outcome}");
        }

        if (nights.Count > NextRunsPrinter.MaxFirms)
        {
            output.WriteLine($"  ... and {nights.Count - NextRunsPrinter.MaxFirms} more firms");
        }

        var skips = nights.SelectMany(n => n.SkipsByReason)
            .GroupBy(s => s.Key, StringComparer.Ordinal)
            .Select(g => $"{g.Key} {g.Sum(s => s.Value)}")
            .Order(StringComparer.Ordinal);
        var peak = Process.GetCurrentProcess().PeakWorkingSet64 / (1024.0 * 1024.0);
        output.WriteLine();
        output.WriteLine("Fleet summary:");
        output.WriteLine($"  firms       {nights.Count} ({nights.Count(n => !n.Succeeded)} failed) on this node");
        output.WriteLine($"  recovered   {report.RecoveredRuns} runs taken over from a node that died");
        output.WriteLine($"  cases read  {nights.Sum(n => n.CasesRead)}");
        output.WriteLine($"  writes      {nights.Sum(n => n.Writes)}");
        output.WriteLine($"  skips       {string.Join(", ", skips)}");
        output.WriteLine($"  duration    {duration.TotalSeconds:F1} s");
        output.WriteLine($"  peak memory {peak:F0} MiB (working set)");
        foreach (var (flow, label) in new[] { (FlowKind.Documents, "documents"), (FlowKind.Messages, "messages ") })
        {
            var t = report.Flows.GetValueOrDefault(flow, FlowTotals.None);
            var failedRuns = t.FailedRuns > 0 ? $", {t.FailedRuns} runs failed" : string.Empty;
            output.WriteLine(
                $"  {label}   {t.Delivered} delivered, {t.AlreadyWritten} already written, {t.Unknown} unknown outcome, "
                    + $"{t.Failed} failed ({t.Runs} runs{failedRuns})");
        }
    }
}
