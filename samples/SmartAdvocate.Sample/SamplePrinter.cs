
using NodaTime;

using Spectre.Console;

namespace SmartAdvocate.Sample;

/// <summary>Prints the cycle for a person. Case ids, statuses and times only: phones and names are personal data.</summary>
internal static class SamplePrinter
{
    public static void Print(Instant now, DialerCycleResult cycle, IReadOnlyList<SandboxCaseState>? state, DateTimeZone firmZone)
    {
        if (Console.IsOutputRedirected)
        {
            AnsiConsole.Profile.Width = 150;
        }

        var title = $"[bold]Predictive Dialer cycle[/] at {now.InZone(firmZone):yyyy-MM-dd HH:mm} {firmZone.Id}";
        AnsiConsole.Write(new Rule(title).LeftJustified());
        var fetched = new Table().Title($"GetCasesToDial (auto-change on): {cycle.Cases.Count} case(s)").AddColumns(
            "Case",
            "Dialer status",
            "Attempts",
            "Due",
            "Call",
            "Text");
        foreach (var c in cycle.Cases)
        {
            fetched.AddRow(
                c.CaseId.ToString(System.Globalization.CultureInfo.InvariantCulture),
                Markup.Escape(c.DialerStatus ?? ""),
                c.Attempts.ToString(System.Globalization.CultureInfo.InvariantCulture),
                c.DialAt is { } at
                    ? $"{at.InZone(firmZone):MM-dd HH:mm}"
                        : "", Markup.Escape(Connectors.SmartAdvocate.Dialer.DialerPhones.ForCall(c)?.Name ?? "(none)"),
                Markup.Escape(Connectors.SmartAdvocate.Dialer.DialerPhones.ForText(c)?.Name ?? "(none)"));
        }

        AnsiConsole.Write(fetched);
        var decisions = new Table().Title("Outcomes planned into UpdateCaseStatus").AddColumns(
            "Case",
            "Outcome",
            "Decision",
            "Status",
            "Attempts",
            "Next call (firm)",
            "Next call (called person)");
        foreach (var d in cycle.Plan.Decisions)
        {
            var zone = d.Zones?.Zones[0];
            decisions.AddRow(
                d.CaseId.ToString(System.Globalization.CultureInfo.InvariantCulture),
                Markup.Escape(d.Disposition),
                d.Action.ToString(),
                Markup.Escape(d.Update?.Status ?? ""),
                d.Update?.Attempts?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "",
                d.Update?.NextCall is { } next ? $"{next.InZone(firmZone):MM-dd HH:mm}" : "(now)",
                d.Update?.NextCall is { } n && zone is not null ? $"{n.InZone(zone):MM-dd HH:mm} {zone.Id} ({d.Zones!.Source})" : "");
        }

        AnsiConsole.Write(decisions);
        AnsiConsole.WriteLine(cycle.TextedCaseId is { } texted
            ? $"AddCaseNote on {cycle.Plan.Updates.Count} case(s); AddCaseNoteByPhone with case {texted}'s text number."
            : $"AddCaseNote on {cycle.Plan.Updates.Count} case(s); no case had a text number.");

        if (state is not null)
        {
            var table = new Table().Title("Sandbox state after the cycle").AddColumns(
                "Case",
                "Open",
                "Dialer status",
                "Next call (firm)",
                "Attempts",
                "Disposition",
                "Notes",
                "Last note");
            foreach (var s in state)
            {
                table.AddRow(
                    s.CaseId.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    s.IsOpen ? "yes" : "no",
                    Markup.Escape(s.DialerStatus),
                    s.NextCall.ToString("MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture),
                    s.Attempts.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    Markup.Escape(s.Disposition),
                    s.Notes.Count.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    Markup.Escape(s.Notes.Count > 0 ? s.Notes[^1] : ""));
            }

            AnsiConsole.Write(table);
        }

        AnsiConsole.WriteLine();
    }
}
