using Connectors.Core.Model;
using Connectors.Core.Planning;
using Connectors.Core.Scheduling;
using Connectors.Core.Stages;
using Connectors.Core.Validation;

using static Connectors.Core.Tests.TestCases;

namespace Connectors.Core.Tests.Planning;

public class SyncPlannerTests
{
    [Fact]
    public void Plan_creates_a_valid_new_case_with_its_mapped_stage()
    {
        var plan = SyncPlanner.Plan(Request([Source("1", "treatment completed")]));

        var create = Single(plan);
        Assert.Equal(OperationKind.Create, create.Kind);
        Assert.Equal("Treatment Completed", create.Target!.Stage);
        Assert.Equal("Personal Injury", create.Target.PracticeArea);
        Assert.Equal(Mobile, create.Target.Client.Phone);
        Assert.NotNull(create.IdempotencyKey);
    }

    [Fact]
    public void Plan_updates_the_stage_with_before_and_after()
    {
        var source = Source("1", "Demand");

        var update = Single(SyncPlanner.Plan(Request([source], [TargetOf(source, "Treatment")])));

        Assert.Equal(OperationKind.Update, update.Kind);
        var change = Assert.Single(update.Changes);
        Assert.Equal((CaseFields.Stage, "Treatment", "Demand"), (change.Field, change.Before, change.After));
        Assert.False(update.IsHighRisk);
    }

    [Fact]
    public void Plan_applies_an_explicit_stage_override()
    {
        var source = Source("1", "Released From Treatment");
        var request = Request([source], [TargetOf(source, "Treatment")]) with
        {
            StageMap = new StageMap([new StageOverride("Released From Treatment", "Treatment Completed")]),
        };

        Assert.Equal("Treatment Completed", Single(SyncPlanner.Plan(request)).Target!.Stage);
    }

    [Fact]
    public void Plan_marks_a_client_phone_change_high_risk()
    {
        var source = Source("1");
        var target = TargetOf(source) with { Client = source.Client with { Phone = OtherMobile } };

        var update = Single(SyncPlanner.Plan(Request([source], [target])));

        Assert.True(update.IsHighRisk);
        var change = Assert.Single(update.Changes);
        Assert.Equal(CaseFields.ClientPhone, change.Field);
        Assert.True(change.IsHighRisk);
        Assert.DoesNotContain("320", change.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Plan_closes_target_case_when_source_case_is_closed()
    {
        var source = Source("1") with { IsClosed = true };

        var close = Single(SyncPlanner.Plan(Request([source], [TargetOf(source with { IsClosed = false })])));

        Assert.Equal(OperationKind.Close, close.Kind);
        Assert.True(close.Target!.IsClosed);
    }

    [Fact]
    public void Plan_closes_a_case_absent_from_a_complete_snapshot_only()
    {
        var kept = Source("1");
        var gone = TargetOf(Source("2"));
        var otherSystem = TargetOf(Source("3")) with { Key = new CaseKey("mycase", "3") };
        var target = new[] { TargetOf(kept), gone, otherSystem };

        var incremental = SyncPlanner.Plan(Request([kept], target));
        var complete = SyncPlanner.Plan(Request([kept], target) with
        {
            Window = Connectors.Core.Windows.SyncWindow.Unbounded,
            SourceRead = ReportedComplete(),
        });

        Assert.DoesNotContain(incremental.Operations, o => o.Kind == OperationKind.Close);
        var close = Assert.Single(complete.Operations, o => o.Kind == OperationKind.Close);
        Assert.Equal(gone.Key, close.Key);
    }

    [Fact]
    public void Plan_does_not_create_a_case_closed_in_the_source()
    {
        Assert.Equal(SkipReason.ClosedInSource, Single(SyncPlanner.Plan(Request([Source("1") with { IsClosed = true }]))).Reason);
    }

    [Fact]
    public void Plan_reopens_only_when_the_policy_allows()
    {
        var source = Source("1");
        var closed = TargetOf(source) with { IsClosed = true };

        var off = Single(SyncPlanner.Plan(Request([source], [closed])));
        var on = Single(SyncPlanner.Plan(Request([source], [closed]) with { Policy = new SyncPolicy { AllowReopen = true } }));

        Assert.Equal(SkipReason.ClosedInTarget, off.Reason);
        Assert.Equal(OperationKind.Reopen, on.Kind);
        Assert.False(on.Target!.IsClosed);
    }

    [Fact]
    public void Plan_skips_cases_that_are_not_eligible()
    {
        Assert.Equal(SkipReason.NotEligible, Single(SyncPlanner.Plan(Request([Source("1") with { IsEligible = false }]))).Reason);
    }

    [Fact]
    public void Plan_skips_cases_updated_outside_the_window_inclusive_start_exclusive_end()
    {
        var request = Request([]);
        var atStart = Source("1") with { UpdatedAt = request.Window.Start };
        var atEnd = Source("2") with { UpdatedAt = request.Window.End };

        var plan = SyncPlanner.Plan(request with { Source = [atStart, atEnd] });

        Assert.Equal(OperationKind.Create, plan.Operations[0].Kind);
        Assert.Equal(SkipReason.OutsideWindow, plan.Operations[1].Reason);
    }

    [Fact]
    public void A_duplicate_source_id_never_yields_two_creates_and_the_latest_record_wins()
    {
        var older = Source("1", "Intake") with { UpdatedAt = Now - Duration.FromDays(5) };
        var newer = Source("1", "Demand") with { UpdatedAt = Now - Duration.FromDays(1) };

        var plan = SyncPlanner.Plan(Request([newer, older]));

        Assert.Single(plan.Operations, o => o.Kind == OperationKind.Create);
        Assert.Equal("Demand", plan.Operations.Single(o => o.Kind == OperationKind.Create).Target!.Stage);
        Assert.Equal(SkipReason.DuplicateInSource, plan.Operations.Single(o => o.Kind == OperationKind.Skip).Reason);
    }

    [Fact]
    public void An_unmapped_stage_leaves_the_stage_as_it_is_and_the_plan_says_why()
    {
        var source = Source("1", "Referred Open");

        var skip = Single(SyncPlanner.Plan(Request([source], [TargetOf(source, "Treatment")])));

        Assert.Equal(SkipReason.UnmappedStage, skip.Reason);
        Assert.Contains("Referred Open", skip.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unmapped_stage_does_not_hide_other_changes()
    {
        var source = Source("1", "Referred Open") with { Title = "New title" };

        var update = Single(SyncPlanner.Plan(Request([source], [TargetOf(source, "Treatment") with { Title = "Old" }])));

        Assert.Equal(OperationKind.Update, update.Kind);
        Assert.Equal([CaseFields.Title], update.Changes.Select(c => c.Field));
        Assert.Equal("Treatment", update.Target!.Stage);
        Assert.Contains("Referred Open", update.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void A_new_case_with_an_unmapped_stage_is_created_without_a_stage()
    {
        var create = Single(SyncPlanner.Plan(Request([Source("1", "Referred Open")])));

        Assert.Equal(OperationKind.Create, create.Kind);
        Assert.Null(create.Target!.Stage);
        Assert.NotNull(create.Detail);
    }

    [Fact]
    public void An_unmapped_practice_area_is_skipped()
    {
        var skip = Single(SyncPlanner.Plan(Request([Source("1", practiceArea: "Bankruptcy")])));

        Assert.Equal(SkipReason.UnmappedPracticeArea, skip.Reason);
        Assert.Contains("Bankruptcy", skip.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void A_case_not_connected_gets_no_stage_or_close_updates()
    {
        var moved = Source("1", "Demand") with { IsConnected = false };
        var closed = Source("2") with { IsConnected = false, IsClosed = true };

        var plan = SyncPlanner.Plan(Request([moved, closed], [TargetOf(moved, "Treatment"), TargetOf(closed with { IsClosed = false })]));

        Assert.All(plan.Operations, o => Assert.Equal(SkipReason.NotConnected, o.Reason));
    }

    [Fact]
    public void A_case_not_connected_still_gets_its_other_fields_updated()
    {
        var source = Source("1", "Demand") with { IsConnected = false, Title = "Renamed" };

        var update = Single(SyncPlanner.Plan(Request([source], [TargetOf(source, "Treatment") with { Title = "Old" }])));

        Assert.Equal([CaseFields.Title], update.Changes.Select(c => c.Field));
        Assert.Equal("Treatment", update.Target!.Stage);
    }

    [Fact]
    public void An_invalid_new_case_is_skipped_with_every_problem()
    {
        var source = Source("1") with { AttorneyEmail = "nobody@else.example", Client = new ClientContact("Ada", null, NotANumber) };

        var skip = Single(SyncPlanner.Plan(Request([source])));

        Assert.Equal(SkipReason.Invalid, skip.Reason);
        Assert.Equal([CaseFields.AttorneyEmail, CaseFields.ClientLastName, CaseFields.ClientPhone], skip.Problems.Select(p => p.Field));
    }

    [Fact]
    public void An_update_never_writes_an_invalid_value_but_applies_the_valid_changes()
    {
        var source = Source("1", "Demand") with { Client = new ClientContact("Ada", "Lovelace", NotANumber) };

        var update = Single(SyncPlanner.Plan(Request([source], [TargetOf(Source("1"), "Treatment")])));

        Assert.Equal(OperationKind.Update, update.Kind);
        Assert.Equal([CaseFields.Stage], update.Changes.Select(c => c.Field));
        Assert.Equal(Mobile, update.Target!.Client.Phone);
        Assert.Equal(ValidationProblemCode.PhoneInvalid, Assert.Single(update.Problems).Code);
    }

    [Fact]
    public void An_unchanged_case_is_an_unchanged_skip_with_no_idempotency_key()
    {
        var source = Source("1");

        var skip = Single(SyncPlanner.Plan(Request([source], [TargetOf(source)])));

        Assert.Equal(SkipReason.Unchanged, skip.Reason);
        Assert.Null(skip.IdempotencyKey);
        Assert.Null(SyncPlanner.Plan(Request([source], [TargetOf(source)])).NotificationsReleaseAt);
    }

    [Fact]
    public void Operations_are_sorted_by_key_whatever_the_input_order()
    {
        var plan = SyncPlanner.Plan(Request([Source("3"), Source("1"), Source("2")], [TargetOf(Source("0"))]) with
        {
            Window = Connectors.Core.Windows.SyncWindow.Unbounded,
            SourceRead = ReportedComplete(),
        });

        Assert.Equal(["0", "1", "2", "3"], plan.Operations.Select(o => o.SourceId));
    }

    [Fact]
    public void Idempotency_keys_are_deterministic_and_differ_by_tenant_and_content()
    {
        var source = Source("1", "Demand");
        var target = TargetOf(source, "Treatment");

        var first = Single(SyncPlanner.Plan(Request([source], [target]))).IdempotencyKey;
        var again = Single(SyncPlanner.Plan(Request([source], [target]))).IdempotencyKey;
        var otherTenant = Single(SyncPlanner.Plan(Request([source], [target]) with { Tenant = "firm-2" })).IdempotencyKey;
        var otherChange = Single(SyncPlanner.Plan(Request([source with { Status = "Negotiation" }], [target]))).IdempotencyKey;

        Assert.Equal(first, again);
        Assert.NotEqual(first, otherTenant);
        Assert.NotEqual(first, otherChange);
    }

    [Fact]
    public void A_plan_closing_more_than_the_allowed_share_of_open_cases_needs_confirmation()
    {
        var sources = Enumerable.Range(10, 10).Select(i => Source(i.ToString(System.Globalization.CultureInfo.InvariantCulture))).ToList();
        var target = sources.Select(s => TargetOf(s)).ToList();
        List<SourceCase> Closing(int count) => sources.Select((s, i) => i < count ? s with { IsClosed = true } : s).ToList();

        var two = SyncPlanner.Plan(Request(Closing(2), target));
        var three = SyncPlanner.Plan(Request(Closing(3), target));

        Assert.False(two.RequiresConfirmation);
        Assert.True(three.RequiresConfirmation);
        Assert.Contains("3 of 10", three.ConfirmationReason, StringComparison.Ordinal);
        Assert.Equal(3, three.Summary.Closes); // flagged, not suppressed
    }

    [Fact]
    public void A_mass_stage_remap_needs_confirmation()
    {
        var sources = Enumerable.Range(10, 10).Select(i => Source(
            i.ToString(System.Globalization.CultureInfo.InvariantCulture),
            "Demand")).ToList();

        var plan = SyncPlanner.Plan(Request(sources, sources.Select(s => TargetOf(s, "Treatment")).ToList()));

        Assert.True(plan.RequiresConfirmation);
    }

    [Fact]
    public void Client_notifications_are_released_at_the_firms_next_opening()
    {
        var newYork = DateTimeZoneProviders.Tzdb["America/New_York"];
        var request = Request([Source("1")]) with
        {
            OperatingHours = OperatingHours.Weekdays(
            newYork,
            new LocalTime(9, 0),
            new LocalTime(15, 0))
        };

        var plan = SyncPlanner.Plan(request);

        Assert.Equal(new LocalDateTime(2026, 11, 25, 9, 0).InZoneStrictly(newYork).ToInstant(), plan.NotificationsReleaseAt);
    }

    [Fact]
    public void The_summary_counts_every_kind_and_skip_reason()
    {
        var plan = SyncPlanner.Plan(Request([
            Source("1"),
            Source("2") with { IsEligible = false },
            Source("3") with { IsEligible = false }]));

        Assert.Equal((1, 2, 3), (plan.Summary.Creates, plan.Summary.Skips, plan.Summary.Total));
        Assert.Equal(2, plan.Summary.SkipsByReason["notEligible"]);
    }

    [Fact]
    public void Applying_a_plan_to_a_changed_target_is_refused_as_stale()
    {
        var source = Source("1", "Demand");
        var target = new[] { TargetOf(source, "Treatment") };
        var plan = SyncPlanner.Plan(Request([source], target));

        var changed = new[] { target[0] with { Stage = "Negotiation" } };

        Assert.Throws<StalePlanException>(() => SyncPlanGuard.ApplyTo(plan, changed));
        Assert.Equal("Demand", Assert.Single(SyncPlanGuard.ApplyTo(plan, target)).Stage);
    }

    [Fact]
    public void Fingerprints_ignore_order_and_see_every_field()
    {
        var a = TargetOf(Source("1"));
        var b = TargetOf(Source("2"));

        Assert.Equal(SnapshotFingerprint.Of([a, b]), SnapshotFingerprint.Of([b, a]));
        Assert.NotEqual(SnapshotFingerprint.Of([a, b]), SnapshotFingerprint.Of([a, b with { AttorneyEmail = "x@firm.example" }]));
        Assert.NotEqual(SnapshotFingerprint.Of([a, b]), SnapshotFingerprint.Of([a]));
    }

    [Fact]
    public void A_request_missing_its_tenant_is_refused()
    {
        Assert.Throws<ArgumentException>(() => SyncPlanner.Plan(Request([]) with { Tenant = " " }));
    }
}
