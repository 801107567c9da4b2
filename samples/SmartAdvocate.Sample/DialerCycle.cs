using Connectors.SmartAdvocate.Dialer;

using NodaTime;

namespace SmartAdvocate.Sample;

/// <summary>One dialer cycle: fetch (auto-change on), simulate outcomes, plan, send the updates, add notes by case and by phone.</summary>
internal static class DialerCycle
{
    // Deterministic outcomes: a sample must print the same thing every run.
    private static readonly string[] Outcomes = ["Busy", "No Answer", "Successful", "Answering Machine"];

    public static async Task<DialerCycleResult> RunAsync(
        SmartAdvocateDialerClient dialer,
        Instant now,
        DateTimeZone firmZone,
        string campaign,
        int records,
        CancellationToken cancellationToken)
    {
        var cases = await dialer.GetCasesToDialAsync(
            new DialerQuery { Campaign = campaign, Records = records, AutoChange = true },
            cancellationToken);
        var outcomes = cases.Select((c, i) => new CallOutcome(c.CaseId, Outcomes[i % Outcomes.Length])).ToList();
        var plan = DialerPlanner.Plan(new DialerPlanRequest
        {
            Now = now,
            Cases = cases,
            Outcomes = outcomes,
            Zones = new CallZoneResolver(firmZone),
            Vocabulary = dialer.Vocabulary,
        });

        await dialer.UpdateCaseStatusAsync(plan.Updates, cancellationToken);
        foreach (var decision in plan.Decisions.Where(d => d.Update is not null))
        {
            var next = decision.Update!.NextCall is { } at ? $", next call {at.InZone(firmZone):yyyy-MM-dd HH:mm} firm time" : "";
            await dialer.AddCaseNoteAsync(decision.CaseId, $"Dialer: {decision.Disposition} ({decision.Action}{next}).", cancellationToken);
        }

        // A text reminder goes to the first case's text-capable number; SmartAdvocate files the note by phone.
        var texted = cases.Select(c => (Case: c, Phone: DialerPhones.ForText(c))).FirstOrDefault(x => x.Phone is not null);
        if (texted.Phone is not null)
        {
            await dialer.AddCaseNoteByPhoneAsync(texted.Phone.Number, "Text reminder sent: please call us back.", cancellationToken);
        }

        return new DialerCycleResult(cases, outcomes, plan, texted.Phone is null ? null : texted.Case.CaseId);
    }
}

internal sealed record DialerCycleResult(
    IReadOnlyList<DialerCase> Cases,
    IReadOnlyList<CallOutcome> Outcomes,
    DialerPlan Plan,
    long? TextedCaseId);
