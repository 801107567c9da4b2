using Connectors.Core.Model;
using Connectors.Core.Writes;
using Connectors.Sandbox.Faults;
using Connectors.Sandbox.SmartAdvocate;
using Connectors.SmartAdvocate.Dialer;

using NodaTime;

namespace Connectors.IntegrationTests.SmartAdvocate;

/// <summary>
/// Issue #7 for SmartAdvocate: every dialer write under a lost answer, over real HTTP against the sandbox. "After" faults
/// let the sandbox apply the request and then lose the answer; "before" faults refuse it unapplied. Either way a write
/// lands exactly once in the sandbox's write log, or the SDK says it cannot know and sends nothing more.
/// </summary>
public class SmartAdvocateWriteSafetyTests
{
    private const string Dialer = "/smartadvocate/DialerAPI";
    private const string SharedOpenPhone = "4025550106";   // open case 1006 and closed case 1007
    private const string SharedClosedPhone = "4025550108"; // closed cases 1008 and 1009
    private static readonly DateTimeZone NewYork = DateTimeZoneProviders.Tzdb["America/New_York"];

    public static TheoryData<FaultKind, bool> LostAnswers => new()
    {
        { FaultKind.DropConnection, true },
        { FaultKind.ServerError, true },
        { FaultKind.Unavailable, true },
        { FaultKind.DropConnection, false },
        { FaultKind.ServerError, false },
        { FaultKind.Unavailable, false },
        { FaultKind.RateLimited, false },
    };

    [Theory]
    [MemberData(nameof(LostAnswers))]
    public async Task A_status_update_whose_answer_is_lost_lands_exactly_once(FaultKind fault, bool afterHandler)
    {
        await using var sandbox = await SmartAdvocateHarness.StartAsync();
        sandbox.Fault(new FaultRule
        {
            Kind = fault,
            Method = "POST",
            PathPrefix = $"{Dialer}/UpdateCaseStatus",
            OnRequests = [1],
            AfterHandler = afterHandler,
        });

        await sandbox.Dialer.UpdateCaseStatusAsync([new DialerCaseUpdate(1001, "Do not Dial", Attempts: 2, Disposition: "Successful")]);

        Assert.Equal(["1001"], sandbox.Server.Writes.Of(SmartAdvocateSandbox.Prefix, "dialer-status").Select(w => w.ResourceId));
        var state = sandbox.Case(1001);
        Assert.Equal(("Do not Dial", 2, "Successful"), (state.DialerStatus, state.Attempts, state.Disposition));
        // Applied, then resent: the resend is the same absolute update and changes nothing.
        Assert.Equal(afterHandler ? 1 : 0, sandbox.Vendor.UnchangedStatusUpdates);
    }

    [Theory]
    [MemberData(nameof(LostAnswers))]
    public async Task A_note_by_case_whose_answer_is_lost_lands_exactly_once(FaultKind fault, bool afterHandler)
    {
        await using var sandbox = await SmartAdvocateHarness.StartAsync();
        var before = sandbox.Case(1001).Notes.Count;
        sandbox.Fault(new FaultRule
        {
            Kind = fault,
            Method = "POST",
            PathPrefix = $"{Dialer}/AddCaseNote",
            OnRequests = [1],
            AfterHandler = afterHandler,
        });

        await sandbox.Dialer.AddCaseNoteAsync(1001, "Left a message.");

        Assert.Equal(["1001"], sandbox.Server.Writes.Of(SmartAdvocateSandbox.Prefix, "note").Select(w => w.ResourceId));
        Assert.Equal(before + 1, sandbox.Case(1001).Notes.Count);
    }

    [Theory]
    [InlineData(false)] // the slow attempt never reached the endpoint
    [InlineData(true)]  // the slow attempt was applied at once and answered too late
    public async Task A_note_post_that_outlives_its_attempt_timeout_lands_exactly_once(bool appliedBeforeTheTimeout)
    {
        // dotnet/extensions#5248/#6548: the standard pipeline may repeat a POST after an attempt timeout. Here it does
        // not; the SDK looks the note up by its id and resends only when it is not there.
        await using var sandbox = await SmartAdvocateHarness.StartAsync(configure: o =>
        {
            o.AttemptTimeout = TimeSpan.FromSeconds(1);
            o.TotalTimeout = TimeSpan.FromSeconds(10);
        });
        sandbox.Fault(new FaultRule
        {
            Kind = FaultKind.Latency,
            Latency = TimeSpan.FromSeconds(10),
            Method = "POST",
            PathPrefix = $"{Dialer}/AddCaseNote",
            OnRequests = [1],
            AfterHandler = appliedBeforeTheTimeout,
        });

        await sandbox.Dialer.AddCaseNoteAsync(1004, "Slow");

        Assert.Single(sandbox.Server.Writes.Of(SmartAdvocateSandbox.Prefix, "note"));
        Assert.Single(sandbox.Case(1004).Notes, n => n.EndsWith("] Slow", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_keyed_note_repeated_by_the_caller_lands_once()
    {
        await using var sandbox = await SmartAdvocateHarness.StartAsync();

        static PlatformMessage Message(string id) => new(id, new CaseKey("smartadvocate", "1002"), "Hearing moved to Monday.");
        Assert.Equal(WriteResultKind.Written, (await sandbox.NoteWriter.WriteNoteAsync(Message("message-m-1"))).Kind);
        Assert.Equal(WriteResultKind.AlreadyWritten, (await sandbox.NoteWriter.WriteNoteAsync(Message("message-m-1"))).Kind);
        Assert.Equal(WriteResultKind.Written, (await sandbox.NoteWriter.WriteNoteAsync(Message("message-m-2"))).Kind);

        Assert.Equal(2, sandbox.Server.Writes.Of(SmartAdvocateSandbox.Prefix, "note").Count);
        // never read back
        Assert.DoesNotContain(
            await sandbox.CaseSync.GetCaseNotesAsync(1002),
            n => n.NoteText?.Contains("Hearing", StringComparison.Ordinal) == true);
    }

    [Theory]
    [InlineData(FaultKind.DropConnection)]
    [InlineData(FaultKind.ServerError)]
    public async Task A_note_by_phone_applied_but_unanswered_is_found_and_not_resent(FaultKind fault)
    {
        await using var sandbox = await SmartAdvocateHarness.StartAsync();
        sandbox.Fault(new FaultRule
        {
            Kind = fault,
            Method = "POST",
            PathPrefix = $"{Dialer}/AddCaseNoteByPhone",
            OnRequests = [1],
            AfterHandler = true,
        });

        await sandbox.Dialer.AddCaseNoteByPhoneAsync(PhoneNumber.Parse(SharedClosedPhone), "Called back.");

        Assert.Equal(["1008", "1009"], sandbox.Server.Writes.Of(SmartAdvocateSandbox.Prefix, "note-by-phone").Select(w => w.ResourceId));
    }

    [Fact]
    public async Task A_note_by_phone_refused_with_429_is_resent_and_lands_once()
    {
        await using var sandbox = await SmartAdvocateHarness.StartAsync();
        sandbox.Fault(new FaultRule
        {
            Kind = FaultKind.RateLimited,
            RetryAfter = TimeSpan.FromSeconds(1),
            Method = "POST",
            PathPrefix = $"{Dialer}/AddCaseNoteByPhone",
            OnRequests = [1],
        });

        await sandbox.Dialer.AddCaseNoteByPhoneAsync(PhoneNumber.Parse(SharedOpenPhone), "Called back.");

        Assert.Equal(["1006"], sandbox.Server.Writes.Of(SmartAdvocateSandbox.Prefix, "note-by-phone").Select(w => w.ResourceId));
    }

    [Fact]
    public async Task A_status_update_whose_answer_is_lost_on_every_attempt_ends_in_an_outcome_unknown_exception()
    {
        await using var sandbox = await SmartAdvocateHarness.StartAsync(configure: o => o.WriteAttempts = 2);
        sandbox.Fault(new FaultRule
        {
            Kind = FaultKind.DropConnection,
            Method = "POST",
            PathPrefix = $"{Dialer}/UpdateCaseStatus",
            AfterHandler = true,
        });

        var error = await Assert.ThrowsAsync<DialerOutcomeUnknownException>(() =>
            sandbox.Dialer.UpdateCaseStatusAsync([new DialerCaseUpdate(1001, "Do not Dial", Attempts: 2, Disposition: "Successful")]));

        Assert.Equal(2, sandbox.Server.Faults.Fired); // every safe repeat made, then reported as unknown
        Assert.Contains("POST /DialerAPI/UpdateCaseStatus", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(FaultKind.DropConnection)]
    [InlineData(FaultKind.ServerError)]
    public async Task A_note_by_phone_whose_fate_cannot_be_told_is_not_resent_and_says_so(FaultKind fault)
    {
        await using var sandbox = await SmartAdvocateHarness.StartAsync();
        sandbox.Fault(new FaultRule { Kind = fault, Method = "POST", PathPrefix = $"{Dialer}/AddCaseNoteByPhone", AfterHandler = false });

        var error = await Assert.ThrowsAsync<DialerOutcomeUnknownException>(() =>
            sandbox.Dialer.AddCaseNoteByPhoneAsync(PhoneNumber.Parse(SharedOpenPhone), "Called back."));

        Assert.Equal(1, sandbox.Server.Faults.Fired); // one request, never a second
        Assert.Empty(sandbox.Server.Writes.Of(SmartAdvocateSandbox.Prefix, "note-by-phone"));
        Assert.Contains("AddCaseNoteAsync", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(FaultKind.DropConnection)]
    [InlineData(FaultKind.ServerError)]
    [InlineData(FaultKind.MalformedJson)]
    public async Task GetCasesToDial_with_auto_change_and_a_lost_answer_fails_clearly_without_a_second_request(FaultKind fault)
    {
        await using var sandbox = await SmartAdvocateHarness.StartAsync();
        sandbox.Fault(new FaultRule
        {
            Kind = fault,
            Method = "POST",
            PathPrefix = $"{Dialer}/GetCasesToDial",
            OnRequests = [1],
            AfterHandler = true,
        });

        var error = await Assert.ThrowsAsync<DialerOutcomeUnknownException>(() =>
            sandbox.Dialer.GetCasesToDialAsync(new DialerQuery
            {
                Campaign = SmartAdvocateSandbox.Campaign,
                Records = 2,
                AutoChange = true,
            }));

        // The first request moved the two due cases; a second would have moved two more.
        Assert.Equal(
            ["1001", "1012"],
            sandbox.Server.Writes.Of(SmartAdvocateSandbox.Prefix, "dialer-auto-change").Select(w => w.ResourceId));
        Assert.Equal("To Dial", sandbox.Case(1010).DialerStatus);
        Assert.Contains("In the Dialer", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetCasesToDial_with_auto_change_refused_with_429_is_resent()
    {
        await using var sandbox = await SmartAdvocateHarness.StartAsync();
        sandbox.Fault(new FaultRule
        {
            Kind = FaultKind.RateLimited,
            RetryAfter = TimeSpan.FromSeconds(1),
            Method = "POST",
            PathPrefix = $"{Dialer}/GetCasesToDial",
            OnRequests = [1],
        });

        var cases = await sandbox.Dialer.GetCasesToDialAsync(new DialerQuery
        {
            Campaign = SmartAdvocateSandbox.Campaign,
            Records = 2,
            AutoChange = true,
        });

        Assert.Equal([1001L, 1012L], cases.Select(c => c.CaseId));
        Assert.Equal(
            ["1001", "1012"],
            sandbox.Server.Writes.Of(SmartAdvocateSandbox.Prefix, "dialer-auto-change").Select(w => w.ResourceId));
    }

    [Theory]
    [InlineData(FaultKind.MalformedJson)]
    [InlineData(FaultKind.DropConnection)]
    [InlineData(FaultKind.Unavailable)]
    public async Task GetCasesToDial_without_auto_change_is_a_read_and_is_resent(FaultKind fault)
    {
        await using var sandbox = await SmartAdvocateHarness.StartAsync();
        sandbox.Fault(new FaultRule { Kind = fault, Method = "POST", PathPrefix = $"{Dialer}/GetCasesToDial", OnRequests = [1] });

        var cases = await sandbox.Dialer.GetCasesToDialAsync(new DialerQuery
        {
            Campaign = SmartAdvocateSandbox.Campaign,
            Records = 2,
            AutoChange = false,
        });

        Assert.Equal([1001L, 1012L], cases.Select(c => c.CaseId));
        Assert.Empty(sandbox.Server.Writes.Of(SmartAdvocateSandbox.Prefix, "dialer-auto-change"));
    }

    [Fact]
    public async Task A_dialer_cycle_under_faults_leaves_the_same_write_log_as_without()
    {
        var clean = await RunCycleAsync(faults: []);
        var faulty = await RunCycleAsync(faults:
        [
            new FaultRule { Kind = FaultKind.MalformedJson, Method = "POST", PathPrefix = $"{Dialer}/GetCasesToDial", OnRequests = [1] },
            new FaultRule
            {
                Kind = FaultKind.DropConnection,
                Method = "POST",
                PathPrefix = $"{Dialer}/UpdateCaseStatus",
                OnRequests = [1],
                AfterHandler = true,
            },
            new FaultRule { Kind = FaultKind.Unavailable, Method = "POST", PathPrefix = $"{Dialer}/UpdateCaseStatus", OnRequests = [3] },
            new FaultRule
            {
                Kind = FaultKind.ServerError,
                Method = "POST",
                PathPrefix = $"{Dialer}/AddCaseNote",
                OnRequests = [1],
                AfterHandler = true,
            },
            new FaultRule
            {
                Kind = FaultKind.RateLimited,
                RetryAfter = TimeSpan.FromSeconds(1),
                Method = "POST",
                PathPrefix = $"{Dialer}/AddCaseNote",
                OnRequests = [3],
            },
            new FaultRule
            {
                Kind = FaultKind.Latency,
                Latency = TimeSpan.FromSeconds(10),
                Method = "POST",
                PathPrefix = $"{Dialer}/AddCaseNote",
                OnRequests = [4],
                AfterHandler = true,
            },
            new FaultRule { Kind = FaultKind.DropConnection, Method = "POST", PathPrefix = $"{Dialer}/AddCaseNote", OnRequests = [6] },
            new FaultRule
            {
                Kind = FaultKind.Unavailable,
                Method = "GET",
                PathPrefix = "/smartadvocate/CaseSyncAPI/case",
                OnRequests = [1],
            },
        ]);

        Assert.NotEmpty(clean.Log);
        Assert.Equal(clean.Log, faulty.Log);
        Assert.Equal(clean.Notes, faulty.Notes);
        Assert.True(faulty.Fired >= 6, $"only {faulty.Fired} faults fired");
    }

    private static async Task<(IReadOnlyList<string> Log, IReadOnlyList<int> Notes, int Fired)> RunCycleAsync(
        IReadOnlyList<FaultRule> faults)
    {
        await using var sandbox = await SmartAdvocateHarness.StartAsync(configure: o =>
        {
            o.AttemptTimeout = TimeSpan.FromSeconds(1);
            o.TotalTimeout = TimeSpan.FromSeconds(10);
        });
        foreach (var fault in faults)
        {
            sandbox.Fault(fault);
        }

        // The exactly-once way to claim cases: read without auto-change (safe to resend), then set "In the Dialer" (absolute).
        var cases = await sandbox.Dialer.GetCasesToDialAsync(new DialerQuery
        {
            Campaign = SmartAdvocateSandbox.Campaign,
            Records = 3,
            AutoChange = false,
        });
        await sandbox.Dialer.UpdateCaseStatusAsync([.. cases.Select(c => new DialerCaseUpdate(c.CaseId, "In the Dialer"))]);
        var plan = DialerPlanner.Plan(new DialerPlanRequest
        {
            Now = SmartAdvocateHarness.Start,
            Cases = cases,
            Outcomes = [.. cases.Select((c, i) => new CallOutcome(c.CaseId, i % 2 == 0 ? "Busy" : "Successful"))],
            Zones = new CallZoneResolver(NewYork),
        });
        await sandbox.Dialer.UpdateCaseStatusAsync(plan.Updates);
        foreach (var decision in plan.Decisions)
        {
            await sandbox.Dialer.AddCaseNoteAsync(decision.CaseId, $"Dialer: {decision.Disposition}.");
            await sandbox.Dialer.AddCaseNoteAsync(decision.CaseId, $"Follow-up planned: {decision.Action}.");
        }

        var log = sandbox.Server.Writes.Records
            .Where(w => w.Vendor == SmartAdvocateSandbox.Prefix)
            .Select(w => $"{w.Operation} {w.ResourceId} {w.Detail}")
            .ToList();
        return (log, [.. sandbox.Vendor.Cases.Select(c => c.Notes.Count)], sandbox.Server.Faults.Fired);
    }
}
