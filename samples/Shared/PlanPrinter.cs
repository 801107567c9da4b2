using System.Globalization;

using Connectors.Core.Planning;
using Connectors.Core.Validation;

using NodaTime;

using Spectre.Console;

namespace Connectors.Samples;

/// <summary>
/// Prints a plan for a person: the writes, the skips grouped by reason, and a summary. Case ids only: client names,
/// phones and titles are personal data, so for those fields it says that they change, never to what. A first sync may
/// create hundreds of cases: the summary comes first and only the first <see cref="FirstWriteRows"/> writes are listed,
/// unless the sample was started with <c>--all</c>.
/// </summary>
public static class PlanPrinter
{
    /// <summary>How many write rows are printed without <c>--all</c>.</summary>
    public const int FirstWriteRows = 20;

    private const int MaxIdsPerRow = 8;

    // Every sample takes --all the same way, so the printer reads it itself rather than through each sample's options.
    private static bool AllRows => Environment.GetCommandLineArgs().Contains("--all", StringComparer.Ordinal);

    public static void Print(SyncPlan plan, DateTimeZone zone)
    {
        if (Console.IsOutputRedirected)
        {
            AnsiConsole.Profile.Width = 150; // a pipe or a file has no width of its own; Spectre would assume 80
        }

        var title = $"[bold]Sync plan[/] for {Markup.Escape(plan.Tenant)} from {Markup.Escape(plan.SourceSystem)}";
        AnsiConsole.Write(new Rule(title).LeftJustified());
        AnsiConsole.WriteLine($"Window {plan.Window}, source snapshot " +
            $"{(plan.SourceIsComplete ? "complete (absent cases close)" : "not complete (absent cases stay open)")}");
        AnsiConsole.WriteLine();
        AnsiConsole.Write(Summary(plan, zone));
        AnsiConsole.WriteLine();
        AnsiConsole.Write(Writes(plan));
        AnsiConsole.WriteLine();
        AnsiConsole.Write(Skips(plan));
    }

    private static Table Writes(SyncPlan plan)
    {
        var writes = plan.Operations.Where(o => o.IsWrite).ToList();
        var shown = AllRows ? writes.Count : Math.Min(FirstWriteRows, writes.Count);
        var title = shown == writes.Count
            ? $"Writes ({writes.Count})"
            : $"Writes: the first {shown} of {writes.Count} (--all prints every row)";
        var table = new Table().Title(title).AddColumns("Kind", "Case", "Practice area", "Changes", "Risk", "Note");
        foreach (var operation in writes.Take(shown))
        {
            var changes = operation.Kind == OperationKind.Create
                ? $"new case, stage {operation.Target?.Stage ?? "(none)"}"
                : string.Join(Environment.NewLine, operation.Changes.Select(Describe));
            table.AddRow(
                operation.Kind.ToString(),
                Markup.Escape(operation.SourceId),
                Markup.Escape(operation.Target?.PracticeArea ?? string.Empty),
                Markup.Escape(changes),
                operation.IsHighRisk ? "[red]HIGH[/]" : string.Empty,
                Markup.Escape(operation.Detail ?? string.Empty));
        }

        return table;
    }

    private static Table Skips(SyncPlan plan)
    {
        var table = new Table().Title("Skips by reason").AddColumns("Reason", "Count", "Cases", "Detail");
        var byReason = plan.Operations.Where(o => !o.IsWrite).GroupBy(o => o.Reason!.Value).OrderBy(g => g.Key);
        foreach (var reason in byReason)
        {
            var first = true;
            foreach (var group in reason.GroupBy(o => Why(o, plan)))
            {
                var ids = group.Select(o => o.SourceId).ToList();
                var shown = string.Join(", ", ids.Take(MaxIdsPerRow))
                    + (ids.Count > MaxIdsPerRow ? $" and {ids.Count - MaxIdsPerRow} more" : string.Empty);
                table.AddRow(
                    first ? reason.Key.ToString() : string.Empty,
                    ids.Count.ToString(CultureInfo.InvariantCulture),
                    Markup.Escape(shown),
                    Markup.Escape(group.Key));
                first = false;
            }
        }

        return table;
    }

    private static Table Summary(SyncPlan plan, DateTimeZone zone)
    {
        var s = plan.Summary;
        var table = new Table().Title("Summary").AddColumns("What", "Value");
        table.AddRow("Creates", Count(s.Creates));
        table.AddRow("Updates", Count(s.Updates));
        table.AddRow("Closes", Count(s.Closes));
        table.AddRow("  of which absent from the source", Count(s.ClosesByAbsence));
        table.AddRow("Reopens", Count(s.Reopens));
        table.AddRow("Skips", Count(s.Skips));
        foreach (var (reason, count) in s.SkipsByReason)
        {
            table.AddRow(Markup.Escape($"  skipped: {reason}"), Count(count));
        }

        table.AddRow("High-risk writes", Count(s.HighRisk));
        table.AddRow("Requires confirmation", plan.RequiresConfirmation ? Markup.Escape($"yes: {plan.ConfirmationReason}") : "no");
        table.AddRow("Client notifications released", plan.NotificationsReleaseAt is { } release
            ? Markup.Escape($"{release} ({release.InZone(zone).ToString("yyyy-MM-dd HH:mm x", CultureInfo.InvariantCulture)} firm time)")
            : "nothing to notify");
        return table;
    }

    // Details hold no personal data by the planner's contract. Problems are shown by field and code, and stale cases
    // by the window alone (each detail names its own date), so that like cases share a row.
    private static string Why(SyncOperation operation, SyncPlan plan) =>
        operation.Problems.Count > 0 ? string.Join("; ", operation.Problems.Select(p => $"{p.Field}: {p.Code}"))
        : operation.Reason == SkipReason.OutsideWindow ? $"Last updated before the window opens ({plan.Window.Start})."
        : operation.Detail ?? "(no field differs)";

    private static string Describe(FieldChange change) =>
        CaseFields.IsPersonalData(change.Field)
            ? $"{change.Field} ({(change.IsHighRisk ? "high risk" : "changed")})"
            : $"{change.Field}: {change.Before ?? "(none)"} -> {change.After ?? "(none)"}";

    private static string Count(int value) => value.ToString(CultureInfo.InvariantCulture);
}
