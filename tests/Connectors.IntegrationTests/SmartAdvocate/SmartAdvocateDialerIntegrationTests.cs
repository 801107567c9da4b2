using Connectors.Core.Http;
using Connectors.Core.Model;
using Connectors.Sandbox.SmartAdvocate;
using Connectors.SmartAdvocate.Dialer;

using NodaTime;

namespace Connectors.IntegrationTests.SmartAdvocate;

public class SmartAdvocateDialerIntegrationTests
{
    private static readonly DateTimeZone NewYork = DateTimeZoneProviders.Tzdb["America/New_York"];

    [Fact]
    public async Task GetCasesToDial_returns_the_campaigns_due_cases_oldest_first_and_auto_change_moves_them_into_the_dialer()
    {
        await using var sandbox = await SmartAdvocateHarness.StartAsync();

        var cases = await sandbox.Dialer.GetCasesToDialAsync(new DialerQuery { Campaign = SmartAdvocateSandbox.Campaign, Records = 2 });
        var again = await sandbox.Dialer.GetCasesToDialAsync(new DialerQuery { Campaign = SmartAdvocateSandbox.Campaign, Records = 2 });

        Assert.Equal([1001L, 1012L], cases.Select(c => c.CaseId));
        Assert.All(cases, c => Assert.Equal("To Dial", c.DialerStatus));
        Assert.Equal(SandboxLocal(-3), cases[0].DialAt);
        Assert.Equal("In the Dialer", sandbox.Case(1001).DialerStatus);
        Assert.Equal("In the Dialer", sandbox.Case(1012).DialerStatus);
        Assert.DoesNotContain(again, c => c.CaseId is 1001 or 1012);
        Assert.Equal("To Dial", sandbox.Case(1003).DialerStatus); // another campaign
        Assert.Equal("To Dial", sandbox.Case(1004).DialerStatus); // not due yet
    }

    [Fact]
    public async Task Without_auto_change_nothing_moves()
    {
        await using var sandbox = await SmartAdvocateHarness.StartAsync();

        var cases = await sandbox.Dialer.GetCasesToDialAsync(new DialerQuery { Records = 50, AutoChange = false });

        Assert.Contains(cases, c => c.CaseId == 1003);
        Assert.DoesNotContain(cases, c => c.CaseId == 1004);
        Assert.All(cases, c => Assert.Equal("To Dial", sandbox.Case(c.CaseId).DialerStatus));
    }

    [Fact]
    public async Task A_planned_cycle_leaves_exactly_the_planned_state()
    {
        await using var sandbox = await SmartAdvocateHarness.StartAsync();
        var cases = await sandbox.Dialer.GetCasesToDialAsync(new DialerQuery { Campaign = SmartAdvocateSandbox.Campaign, Records = 3 });
        var plan = DialerPlanner.Plan(new DialerPlanRequest
        {
            Now = SmartAdvocateHarness.Start,
            Cases = cases,
            Outcomes = [new CallOutcome(1001, "Busy"), new CallOutcome(1012, "Successful"), new CallOutcome(1010, "No Answer")],
            Zones = new CallZoneResolver(NewYork),
        });

        await sandbox.Dialer.UpdateCaseStatusAsync(plan.Updates);

        var busy = sandbox.Case(1001);
        Assert.Equal(("To Dial", 1, "Busy"), (busy.DialerStatus, busy.Attempts, busy.Disposition));
        Assert.Equal(
            plan.Updates.Single(u => u.CaseId == 1001).NextCall!.Value.InZone(NewYork).LocalDateTime.ToDateTimeUnspecified(),
            busy.NextCall.ToDateTimeUnspecified());
        var done = sandbox.Case(1012);
        Assert.Equal(("Do not Dial", 1, "Successful"), (done.DialerStatus, done.Attempts, done.Disposition));
        // the current time, as the vendor asks
        Assert.Equal(
            SmartAdvocateHarness.Start.InZone(NewYork).LocalDateTime.ToDateTimeUnspecified(),
            done.NextCall.ToDateTimeUnspecified());
        Assert.Equal("To Dial", sandbox.Case(1010).DialerStatus);
        // Only due cases come back: none of the three is due again now.
        Assert.DoesNotContain(
            await sandbox.Dialer.GetCasesToDialAsync(new DialerQuery { Records = 50, AutoChange = false }),
            c => c.CaseId is 1001 or 1010 or 1012);
    }

    [Fact]
    public async Task A_note_by_case_is_added_exactly_once_and_never_read_back()
    {
        await using var sandbox = await SmartAdvocateHarness.StartAsync();
        var before = sandbox.Case(1001).Notes.Count;

        await sandbox.Dialer.AddCaseNoteAsync(1001, "Left a message.");
        var read = await sandbox.CaseSync.GetCaseNotesAsync(1001);

        var notes = sandbox.Case(1001).Notes;
        Assert.Equal(before + 1, notes.Count);
        Assert.Matches(@"^\[Connectors SDK #[0-9A-F]{12}\] Left a message\.$", notes[^1]);
        Assert.Equal(before, read.Count); // the SDK's own note is not input
    }

    [Fact]
    public async Task A_note_by_phone_goes_to_every_open_case_with_the_phone_only()
    {
        await using var sandbox = await SmartAdvocateHarness.StartAsync();

        await sandbox.Dialer.AddCaseNoteByPhoneAsync(PhoneNumber.Parse("4025550106"), "Called back.");

        Assert.Equal(2, sandbox.Case(1006).Notes.Count); // open: noted
        Assert.Single(sandbox.Case(1007).Notes);         // closed, same phone: not noted
    }

    [Fact]
    public async Task A_note_by_phone_goes_to_every_closed_case_when_none_is_open()
    {
        await using var sandbox = await SmartAdvocateHarness.StartAsync();

        await sandbox.Dialer.AddCaseNoteByPhoneAsync(PhoneNumber.Parse("+1 " + "4025550108"), "Called back.");

        Assert.Matches(@"^\[Connectors SDK #[0-9A-F]{12}\] Called back\.$", sandbox.Case(1008).Notes[^1]);
        Assert.Equal(sandbox.Case(1008).Notes[^1], sandbox.Case(1009).Notes[^1]); // one note, one id, on both cases
        Assert.All(sandbox.Vendor.Cases.Where(c => c.CaseId is not (1008 or 1009)), c => Assert.Single(c.Notes));
    }

    [Fact]
    public async Task A_note_by_an_unknown_phone_is_not_found()
    {
        await using var sandbox = await SmartAdvocateHarness.StartAsync();

        await Assert.ThrowsAsync<ConnectorNotFoundException>(() => sandbox.Dialer.AddCaseNoteByPhoneAsync(
            PhoneNumber.Parse("2025550199"),
            "x"));
    }

    [Fact]
    public async Task A_wrong_client_key_is_refused()
    {
        await using var sandbox = await SmartAdvocateHarness.StartAsync(configure: o => o.ClientKey = "wrong");

        await Assert.ThrowsAsync<ConnectorAuthenticationException>(() => sandbox.Dialer.GetCasesToDialAsync(new DialerQuery()));
        Assert.Equal("To Dial", sandbox.Case(1001).DialerStatus);
    }

    [Fact]
    public async Task An_update_for_a_missing_case_changes_nothing()
    {
        await using var sandbox = await SmartAdvocateHarness.StartAsync();

        var error = await Assert.ThrowsAsync<ConnectorApiException>(() => sandbox.Dialer.UpdateCaseStatusAsync(
            [new DialerCaseUpdate(1001, "Do not Dial"), new DialerCaseUpdate(4242, "Do not Dial")]));

        Assert.Equal(System.Net.HttpStatusCode.BadRequest, error.StatusCode);
        Assert.Equal("To Dial", sandbox.Case(1001).DialerStatus);
    }

    [Fact]
    public async Task Every_dialer_write_is_logged_exactly_once()
    {
        await using var sandbox = await SmartAdvocateHarness.StartAsync();

        await sandbox.Dialer.UpdateCaseStatusAsync([new DialerCaseUpdate(1001, "Do not Dial", Attempts: 2, Disposition: "Successful")]);
        await sandbox.Dialer.AddCaseNoteAsync(1001, "Done.");
        await sandbox.Dialer.AddCaseNoteByPhoneAsync(PhoneNumber.Parse("4025550108"), "Closed cases only.");

        Assert.Equal(["1001"], sandbox.Server.Writes.Of(SmartAdvocateSandbox.Prefix, "dialer-status").Select(w => w.ResourceId));
        Assert.Equal(["1001"], sandbox.Server.Writes.Of(SmartAdvocateSandbox.Prefix, "note").Select(w => w.ResourceId));
        Assert.Equal(["1008", "1009"], sandbox.Server.Writes.Of(SmartAdvocateSandbox.Prefix, "note-by-phone").Select(w => w.ResourceId));
    }

    [Fact]
    public async Task A_read_survives_a_transient_server_error()
    {
        await using var sandbox = await SmartAdvocateHarness.StartAsync();
        sandbox.Fault(new Connectors.Sandbox.Faults.FaultRule
        {
            Kind = Connectors.Sandbox.Faults.FaultKind.ServerError,
            Method = "GET",
            PathPrefix = "/smartadvocate/CaseSyncAPI/case/1001/notes",
            MaxTimes = 1,
        });

        var notes = await sandbox.CaseSync.GetCaseNotesAsync(1001);

        Assert.Single(notes);
    }

    private static Instant SandboxLocal(int hours) =>
        (SmartAdvocateHarness.Start.InZone(NewYork).LocalDateTime.PlusHours(hours)).InZoneLeniently(NewYork).ToInstant();
}
