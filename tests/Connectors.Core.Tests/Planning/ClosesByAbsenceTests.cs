using Connectors.Core.Model;
using Connectors.Core.Planning;
using Connectors.Core.Windows;

using static Connectors.Core.Tests.TestCases;

namespace Connectors.Core.Tests.Planning;

/// <summary>A platform case absent from the source is closed only when the read provably held every case.</summary>
public class ClosesByAbsenceTests
{
    private static readonly IReadOnlyList<SourceCase> Present = [.. Enumerable.Range(
        10,
        9).Select(i => Source(i.ToString(System.Globalization.CultureInfo.InvariantCulture)))];

    /// <summary>Ten open platform cases: nine the source returned, and "99", absent from it.</summary>
    private static IReadOnlyList<TargetCase> TenOpen => [.. Present.Select(s => TargetOf(s)), TargetOf(Source("99"))];

    /// <summary>A read the source reported complete, planned with <paramref name="window"/>.</summary>
    private static SyncRequest CompleteRead(IReadOnlyList<SourceCase> source, IReadOnlyList<TargetCase> target, SyncWindow window) =>
        Request(source, target) with { Window = window, SourceRead = ReportedComplete() };

    [Fact]
    public void A_bounded_window_never_closes_by_absence()
    {
        var window = new SyncWindow(Now - Duration.FromDays(365), Now);

        var plan = SyncPlanner.Plan(CompleteRead(Present, TenOpen, window));

        Assert.DoesNotContain(plan.Operations, o => o.Kind == OperationKind.Close);
        Assert.False(plan.SourceIsComplete);
    }

    [Fact]
    public void An_unreadable_record_blocks_closes_by_absence()
    {
        var unreadable = new SourceCase(
            new CaseKey(TestCases.System, "50"),
            "",
            null,
            false,
            Instant.MinValue,
            ClientContact.Empty,
            null)
        { ReadError = "Record 3 of the page could not be read." };

        var plan = SyncPlanner.Plan(CompleteRead([.. Present, unreadable], TenOpen, SyncWindow.Unbounded));

        Assert.DoesNotContain(plan.Operations, o => o.Kind == OperationKind.Close);
        Assert.Equal(SkipReason.Unreadable, plan.Operations.Single(o => o.SourceId == "50").Reason);
        Assert.False(plan.SourceIsComplete);
    }

    [Fact]
    public void A_complete_read_of_an_unbounded_window_still_closes_an_absent_case()
    {
        var plan = SyncPlanner.Plan(CompleteRead(
            Present,
            TenOpen,
            SyncWindow.Unbounded) with
        { Policy = new SyncPolicy { AbsenceCloseShare = 0.5 } });

        var close = Assert.Single(plan.Operations, o => o.Kind == OperationKind.Close);
        Assert.Equal("99", close.SourceId);
        Assert.True(plan.SourceIsComplete);
        Assert.False(plan.RequiresConfirmation);
    }

    [Fact]
    public void Closes_by_absence_are_counted_apart_and_guarded_by_the_lower_share()
    {
        // One close by absence of ten open cases (10%) and one close the source reported: both under the 20% share of
        // other changes, but the close by absence is over the 5% share of closes by absence.
        var closedInSource = Present[0] with { IsClosed = true };

        var plan = SyncPlanner.Plan(CompleteRead([closedInSource, .. Present.Skip(1)], TenOpen, SyncWindow.Unbounded));

        Assert.Equal(2, plan.Summary.Closes);
        Assert.Equal(1, plan.Summary.ClosesByAbsence);
        Assert.True(plan.RequiresConfirmation);
        Assert.Contains("absent", plan.ConfirmationReason, StringComparison.Ordinal);
        Assert.True(plan.Operations.Single(o => o.SourceId == "99").IsHighRisk);
        Assert.False(plan.Operations.Single(o => o.SourceId == "10").IsHighRisk);
        Assert.Equal(0.05, SyncPolicy.Default.AbsenceCloseShare);
    }

    [Fact]
    public void A_plan_with_a_close_by_absence_reads_back_with_its_count_and_risk()
    {
        var plan = SyncPlanner.Plan(CompleteRead(Present, TenOpen, SyncWindow.Unbounded));

        var read = SyncPlanJson.Deserialize(SyncPlanJson.Serialize(plan));

        Assert.Equal((1, true, true), (read.Summary.ClosesByAbsence, read.SourceIsComplete, read.RequiresConfirmation));
        Assert.True(read.Operations.Single(o => o.SourceId == "99").IsHighRisk);
        Assert.Equal(SyncPlanJson.Serialize(plan), SyncPlanJson.Serialize(read));
    }
}
