using Connectors.CaseXchange.Models;
using Connectors.CaseXchange.Plans;

using Spectre.Console;

namespace CaseXchange.Sample;

/// <summary>Prints the referral's journey and the two plans. Reference numbers and CRM ids only: no client data.</summary>
internal static class SamplePrinter
{
    public static void Journey(IReadOnlyList<(string Step, CaseXchangeSentCase Case)> steps)
    {
        if (Console.IsOutputRedirected)
        {
            AnsiConsole.Profile.Width = 150;
        }

        var table = new Table().Title("Referral journey").AddColumns("Step", "Reference", "Status", "Receiving firm");
        foreach (var (step, item) in steps)
        {
            table.AddRow(
                Markup.Escape(step),
                Markup.Escape(item.ReferenceNumber ?? item.Id),
                Markup.Escape(item.Status.Value),
                Markup.Escape(item.ReceivingFirmName ?? "-"));
        }

        AnsiConsole.Write(table);
    }

    public static void WriteBack(string title, IReadOnlyList<CrmWriteBack> plan)
    {
        var table = new Table().Title(title).AddColumns("Reference", "CRM record", "CRM status value", "Receiving firm", "Skip reason");
        foreach (var item in plan)
        {
            table.AddRow(
                Markup.Escape(item.ReferenceNumber),
                Markup.Escape(item.CrmRecordId is null ? "-" : $"{item.CrmObject} {item.CrmRecordId}".Trim()),
                Markup.Escape(item.StatusValue ?? "-"),
                Markup.Escape(item.ReceivingFirmName ?? "-"), Markup.Escape(item.SkipReason ?? ""));
        }

        AnsiConsole.Write(table);
        AnsiConsole.WriteLine($"{plan.Count(p => p.IsUpdate)} CRM updates, {plan.Count(p => !p.IsUpdate)} skipped.");
        if (plan.FirstOrDefault(p => p.IsUpdate && p.Fields.Count > 0) is { } first)
        {
            // One update as a host sends it to the CRM: the object, the record and the fields the mapping names.
            var fields = string.Join(", ", first.Fields.Select(f => $"{f.Key} = {f.Value}"));
            AnsiConsole.WriteLine($"e.g. update {first.CrmObject} {first.CrmRecordId}: {fields}");
        }
    }

    public static void Intakes(IReadOnlyList<ReceivedReferral> plan, int alreadyCreated)
    {
        var table = new Table().Title("Intake plan (received referrals at under_evaluation or later)").AddColumns(
            "Reference",
            "Status",
            "Sending firm");
        foreach (var item in plan)
        {
            table.AddRow(Markup.Escape(item.ReferenceNumber), Markup.Escape(item.Status.Value), Markup.Escape(item.SendingFirmName ?? "-"));
        }

        AnsiConsole.Write(table);
        AnsiConsole.WriteLine($"{plan.Count} intakes to create; {alreadyCreated} referrals already have one.");
    }
}
