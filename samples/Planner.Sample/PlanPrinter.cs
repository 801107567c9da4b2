using System.Globalization;
using Connectors.Core.Planning;
using Connectors.Core.Validation;
using NodaTime;
using Spectre.Console;

namespace Planner.Sample;

/// <summary>Prints a plan for a person: the writes, the skips grouped by reason, and a summary. Case ids only, no client data.</summary>
internal static class PlanPrinter
{
    public static void Print(SyncPlan plan, DateTimeZone zone)
    {
        if (Console.IsOutputRedirected)
        {
            AnsiConsole.Profile.Width = 140; // a pipe or a file has no width of its own; keep tables readable
        }

        AnsiConsole.Write(new Rule($"[bold]Sync plan[/] for {Markup.Escape(plan.Tenant)} from {Markup.Escape(plan.SourceSystem)}").LeftJustified());
        AnsiConsole.MarkupLine($"Window [grey]{Markup.Escape(plan.Window.ToString())}[/], source snapshot {(plan.SourceIsComplete ? "complete" : "incremental")}");
        AnsiConsole.WriteLine();
        AnsiConsole.Write(Writes(plan));
        AnsiConsole.WriteLine();
        AnsiConsole.Write(Skips(plan));
        AnsiConsole.WriteLine();
        AnsiConsole.Write(Summary(plan, zone));
    }

    private static Table Writes(SyncPlan plan)
    {
        var table = new Table().Title("Writes").AddColumns("Kind", "Case", "Practice area", "What changes", "Note");
        foreach (var operation in plan.Operations.Where(o => o.IsWrite))
        {
            var what = operation.Kind switch
            {
                OperationKind.Create => $"new case, stage {operation.Target?.Stage ?? "(none)"}",
                OperationKind.Close => operation.Detail ?? "closed",
                _ => string.Join(Environment.NewLine, operation.Changes.Select(Describe)),
            };
            table.AddRow(
                Markup.Escape(operation.Kind.ToString()) + (operation.IsHighRisk ? " [red](high risk)[/]" : string.Empty),
                Markup.Escape(operation.SourceId),
                Markup.Escape(operation.Target?.PracticeArea ?? string.Empty),
                Markup.Escape(what),
                Markup.Escape(operation.Kind == OperationKind.Close ? string.Empty : operation.Detail ?? string.Empty));
        }

        return table;
    }

    private static Table Skips(SyncPlan plan)
    {
        var table = new Table().Title("Skips by reason").AddColumns("Reason", "Count", "Cases", "Why (first case)");
        foreach (var group in plan.Operations.Where(o => !o.IsWrite).GroupBy(o => o.Reason!.Value).OrderBy(g => g.Key))
        {
            var ids = string.Join(", ", group.Take(6).Select(o => o.SourceId)) + (group.Count() > 6 ? ", ..." : string.Empty);
            var first = group.First();
            var why = first.Problems.Count > 0 ? string.Join(" ", first.Problems.Select(p => $"{p.Field}: {p.Code}.")) : first.Detail ?? string.Empty;
            table.AddRow(Markup.Escape(group.Key.ToString()), group.Count().ToString(CultureInfo.InvariantCulture), Markup.Escape(ids), Markup.Escape(why));
        }

        return table;
    }

    private static Table Summary(SyncPlan plan, DateTimeZone zone)
    {
        var s = plan.Summary;
        var table = new Table().Title("Summary").HideHeaders().AddColumns("What", "Value");
        table.AddRow("Creates", s.Creates.ToString(CultureInfo.InvariantCulture));
        table.AddRow("Updates", s.Updates.ToString(CultureInfo.InvariantCulture));
        table.AddRow("Closes", s.Closes.ToString(CultureInfo.InvariantCulture));
        table.AddRow("Reopens", s.Reopens.ToString(CultureInfo.InvariantCulture));
        table.AddRow("Skips", Markup.Escape($"{s.Skips} ({string.Join(", ", s.SkipsByReason.Select(r => $"{r.Key} {r.Value}"))})"));
        table.AddRow("High-risk changes", s.HighRisk.ToString(CultureInfo.InvariantCulture));
        table.AddRow("Needs confirmation", plan.RequiresConfirmation ? Markup.Escape($"yes: {plan.ConfirmationReason}") : "no");
        table.AddRow("Client notifications released", plan.NotificationsReleaseAt is { } release
            ? Markup.Escape(release.InZone(zone).ToString("yyyy-MM-dd HH:mm x", CultureInfo.InvariantCulture))
            : "nothing to notify");
        return table;
    }

    // Client fields are personal data: say that they change, not what to.
    private static string Describe(FieldChange change) =>
        CaseFields.IsPersonalData(change.Field)
            ? $"{change.Field} changed{(change.IsHighRisk ? " (high risk)" : string.Empty)}"
            : $"{change.Field}: {change.Before ?? "(none)"} -> {change.After ?? "(none)"}";
}
