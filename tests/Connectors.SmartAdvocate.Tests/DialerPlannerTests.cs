using Connectors.Core.Model;
using Connectors.SmartAdvocate.Dialer;

using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Connectors.SmartAdvocate.Tests;

public class DialerPlannerTests
{
    private static readonly DateTimeZone NewYork = DateTimeZoneProviders.Tzdb["America/New_York"];
    private static readonly DateTimeZone Chicago = DateTimeZoneProviders.Tzdb["America/Chicago"];
    private static readonly DateTimeZone LosAngeles = DateTimeZoneProviders.Tzdb["America/Los_Angeles"];

    private static DialerCase Case(long id, string phone = "4025555759", int attempts = 1, string? zip = "68046") =>
        new(id, [new DialerPhone("Cell", PhoneNumber.Parse(phone), true, true)], "LIT 04", "In the Dialer", "Intake follow-up", attempts,
            null, zip);

    private static DialerPlan Plan(
        Instant now,
        IReadOnlyList<DialerCase> cases,
        IReadOnlyList<CallOutcome> outcomes,
        DialerRetryPolicy? policy = null) =>
        DialerPlanner.Plan(new DialerPlanRequest
        {
            Now = now,
            Cases = cases,
            Outcomes = outcomes,
            Zones = new CallZoneResolver(NewYork),
            RetryPolicy = policy ?? DialerRetryPolicy.Default,
        });

    [Fact]
    public void Busy_retries_after_15_minutes_with_one_more_attempt()
    {
        var plan = Plan(TestHost.Now, [Case(6)], [new CallOutcome(6, "Busy")]);

        var update = Assert.Single(plan.Updates);
        Assert.Equal(new DialerCaseUpdate(6, "To Dial", TestHost.Now + Duration.FromMinutes(15), 2, "Busy"), update);
        Assert.Equal(DialerAction.Retry, plan.Decisions[0].Action);
        Assert.Equal(CallZoneSource.PhoneNumber, plan.Decisions[0].Zones?.Source);
        Assert.Equal([Chicago], plan.Decisions[0].Zones!.Zones);
    }

    [Fact]
    public void Success_sets_do_not_dial_with_the_disposition()
    {
        var plan = Plan(TestHost.Now, [Case(6)], [new CallOutcome(6, "successful")]);

        Assert.Equal(new DialerCaseUpdate(6, "Do not Dial", null, 2, "successful"), Assert.Single(plan.Updates));
        Assert.Equal(DialerAction.Stop, plan.Decisions[0].Action);
    }

    [Fact]
    public void Running_out_of_attempts_sets_do_not_dial()
    {
        var plan = Plan(TestHost.Now, [Case(6, attempts: 5)], [new CallOutcome(6, "No Answer")]);

        Assert.Equal(new DialerCaseUpdate(6, "Do not Dial", null, 6, "No Answer"), Assert.Single(plan.Updates));
        Assert.Equal(DialerAction.AttemptsExhausted, plan.Decisions[0].Action);
    }

    [Fact]
    public void Never_dialed_does_not_count_as_an_attempt()
    {
        var plan = Plan(TestHost.Now, [Case(6, attempts: 5)], [new CallOutcome(6, "Never Dialed")]);

        Assert.Equal(5, Assert.Single(plan.Updates).Attempts);
        Assert.Equal(DialerAction.Retry, plan.Decisions[0].Action);
    }

    [Fact]
    public void A_retry_late_in_the_evening_moves_to_the_next_morning_in_the_called_persons_zone()
    {
        // 19:50 in Chicago on a Tuesday; No Answer waits 2 hours -> 21:50, after hours -> Wednesday 09:00 Chicago.
        var now = new LocalDateTime(2026, 11, 24, 19, 50).InZoneStrictly(Chicago).ToInstant();

        var plan = Plan(now, [Case(6)], [new CallOutcome(6, "No Answer")]);

        Assert.Equal(new LocalDateTime(2026, 11, 25, 9, 0).InZoneStrictly(Chicago).ToInstant(), plan.Updates[0].NextCall);
    }

    [Fact]
    public void Saturday_has_shorter_hours_and_sunday_none()
    {
        // Saturday 16:30 in Los Angeles; Answering Machine waits 4 hours -> after Saturday's 17:00 close -> Monday 09:00.
        var now = new LocalDateTime(2026, 11, 28, 16, 30).InZoneStrictly(LosAngeles).ToInstant();

        var plan = Plan(now, [Case(6, phone: "2135550123")], [new CallOutcome(6, "Answering Machine")]);

        Assert.Equal(new LocalDateTime(2026, 11, 30, 9, 0).InZoneStrictly(LosAngeles).ToInstant(), plan.Updates[0].NextCall);
    }

    [Fact]
    public void Without_a_number_zone_the_zip_lookup_and_then_the_firm_zone_are_used()
    {
        var tollFree = Case(6, phone: "8005550199", zip: "90210");
        var byZip = new CallZoneResolver(NewYork, zip => zip == "90210" ? LosAngeles : null);
        var firmOnly = new CallZoneResolver(NewYork);

        Assert.Equal(CallZoneSource.ZipCode, byZip.Resolve(tollFree.Phones[0].Number, tollFree.ZipCode).Source);
        Assert.Equal([LosAngeles], byZip.Resolve(tollFree.Phones[0].Number, tollFree.ZipCode).Zones);
        Assert.Equal(CallZoneSource.FirmZone, firmOnly.Resolve(tollFree.Phones[0].Number, tollFree.ZipCode).Source);
        Assert.Equal(CallZoneSource.FirmZone, firmOnly.Resolve(null, null).Source);
    }

    [Fact]
    public void A_case_without_a_valid_number_is_not_dialled_again()
    {
        var plan = Plan(TestHost.Now, [Case(6, phone: "12")], [new CallOutcome(6, "Busy")]);

        Assert.Equal(DialerAction.NoNumber, plan.Decisions[0].Action);
        Assert.Equal("Do not Dial", plan.Updates[0].Status);
    }

    [Fact]
    public void Outcomes_for_unknown_cases_and_repeated_outcomes_are_ignored()
    {
        var plan = Plan(TestHost.Now, [Case(6)],
            [new CallOutcome(6, "Busy"), new CallOutcome(6, "Successful"), new CallOutcome(99, "Busy")]);

        Assert.Single(plan.Updates);
        Assert.Equal([DialerAction.Retry, DialerAction.Ignored, DialerAction.Ignored], plan.Decisions.Select(d => d.Action));
    }

    [Fact]
    public void A_firms_own_disposition_rule_applies()
    {
        var policy = DialerRetryPolicy.Default with
        {
            Rules = new Dictionary<string, DispositionRule>(DialerRetryPolicy.Default.Rules)
            {
                ["Left Voicemail"] = new(Duration.FromDays(1), MaxAttempts: 3),
            },
        };

        var retry = Plan(TestHost.Now, [Case(6, attempts: 1)], [new CallOutcome(6, "left voicemail")], policy);
        var stop = Plan(TestHost.Now, [Case(6, attempts: 2)], [new CallOutcome(6, "Left Voicemail")], policy);

        Assert.Equal(TestHost.Now + Duration.FromDays(1), retry.Updates[0].NextCall);
        Assert.Equal(DialerAction.AttemptsExhausted, stop.Decisions[0].Action);
    }

    [Fact]
    public void Every_planned_update_passes_the_dialer_rules()
    {
        var plan = Plan(TestHost.Now, [Case(1), Case(2), Case(3, attempts: 5), Case(4)],
            [new CallOutcome(1, "Busy"), new CallOutcome(2, "Successful"), new CallOutcome(3, "No Answer"),
                new CallOutcome(4, "Never Dialed")]);

        Assert.Equal(4, plan.Updates.Count);
        Assert.Empty(DialerRules.Check(plan.Updates, TestHost.Now, DialerVocabulary.Default));
    }

    private static readonly string[] Phones = ["4025555759", "2125550143", "2135550123", "9075550100", "8085550100", "3055550100",
        "8005550199", "2065550100"];
    private static readonly string[] Dispositions = ["Busy", "No Answer", "Answering Machine", "Never Dialed", "Successful",
        "Something Else"];

    [Property(MaxTest = 300)]
    public Property No_call_is_ever_scheduled_outside_calling_hours_in_the_called_persons_zones()
    {
        var gen =
            from minutes in Gen.Choose(0, 60 * 24 * 366 * 2)
            from phone in Gen.Elements(Phones)
            from disposition in Gen.Elements(Dispositions)
            from attempts in Gen.Choose(0, 20)
            select (Now: Instant.FromUtc(2026, 1, 1, 0, 0) + Duration.FromMinutes(minutes), Phone: phone, Disposition: disposition,
                Attempts: attempts);

        return Prop.ForAll(gen.ToArbitrary(), input =>
        {
            var plan = Plan(input.Now, [Case(6, input.Phone, input.Attempts)], [new CallOutcome(6, input.Disposition)]);
            var decision = plan.Decisions[0];
            var update = plan.Updates[0];
            var rulesHold = DialerRules.Check(plan.Updates, input.Now, DialerVocabulary.Default).Count == 0;
            var attemptsInRange = update.Attempts is >= 0 and <= 20;
            var scheduledWell = update.NextCall is not { } next
                || (next > input.Now && CallingHours.Default.Permits(next, decision.Zones!.Zones));
            return rulesHold && attemptsInRange && scheduledWell;
        });
    }

    [Fact]
    public void Calling_hours_hold_across_the_spring_forward_and_fall_back_in_new_york()
    {
        var hours = CallingHours.Default with
        {
            Hours = new Dictionary<IsoDayOfWeek, Connectors.Core.Scheduling.OpeningHours>
            {
                [IsoDayOfWeek.Sunday] = new(new LocalTime(2, 30), new LocalTime(9, 0)),
            },
        };
        // 2026-03-08 02:30 does not exist in New York: Core's schedules open at the first valid instant after the gap, 03:00 EDT.
        var spring = hours.FirstPermitted(Instant.FromUtc(2026, 3, 8, 5, 0), [NewYork]);
        // 2026-11-01 01:30 happens twice; opening at 02:30 EST.
        var fall = hours.FirstPermitted(Instant.FromUtc(2026, 11, 1, 5, 0), [NewYork]);

        Assert.Equal(Instant.FromUtc(2026, 3, 8, 7, 0), spring);
        Assert.Equal(Instant.FromUtc(2026, 11, 1, 7, 30), fall);
        Assert.True(hours.Permits(spring!.Value, [NewYork]));
    }

    [Fact]
    public void Calls_to_a_number_spanning_two_zones_fit_both()
    {
        var hours = CallingHours.Default;
        // 09:30 in New York is 08:30 in Chicago: not yet permitted in Chicago, so 10:00 New York / 09:00 Chicago.
        var start = new LocalDateTime(2026, 11, 24, 9, 30).InZoneStrictly(NewYork).ToInstant();

        var first = hours.FirstPermitted(start, [NewYork, Chicago]);

        Assert.Equal(new LocalDateTime(2026, 11, 24, 9, 0).InZoneStrictly(Chicago).ToInstant(), first);
    }
}
