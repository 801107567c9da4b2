using Connectors.Core.Model;
using Connectors.Core.Planning;

using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

using static Connectors.Core.Tests.TestCases;

namespace Connectors.Core.Tests.Planning;

/// <summary>The planner's laws, over random snapshots drawn from small domains so that keys collide often.</summary>
public class PlannerLawsTests
{
    private static readonly string[] Statuses = ["Intake", "treatment", "Demand ", "Referred Open", "Hearing"];
    private static readonly string[] PracticeAreas = ["Personal Injury", "Workers Compensation", "Bankruptcy"];
    private static readonly string?[] Names = ["Ada", "Grace", null];
    private static readonly PhoneNumber?[] Phones = [Mobile, OtherMobile, UkLandline, NotANumber, null];
    private static readonly string?[] Attorneys = [Attorney, "LEAD@firm.example", "stranger@else.example", null];

    private static Gen<SourceCase> SourceGen() =>
        from id in Gen.Choose(0, 25)
        from area in Gen.Elements(PracticeAreas)
        from status in Gen.Elements(Statuses)
        from closed in Gen.Frequency((5, Gen.Constant(false)), (1, Gen.Constant(true)))
        from daysAgo in Gen.Choose(-2, 400)
        from first in Gen.Elements(Names)
        from phone in Gen.Elements(Phones)
        from attorney in Gen.Elements(Attorneys)
        from eligible in Gen.Frequency((6, Gen.Constant(true)), (1, Gen.Constant(false)))
        from connected in Gen.Frequency((6, Gen.Constant(true)), (1, Gen.Constant(false)))
        from unreadable in Gen.Frequency((30, Gen.Constant(false)), (1, Gen.Constant(true)))
        select new SourceCase(
            new CaseKey(TestCases.System, id.ToString("D2", global::System.Globalization.CultureInfo.InvariantCulture)),
            area,
            status,
            closed,
            Now - Duration.FromDays(daysAgo),
            new ClientContact(first, "Lovelace", phone),
            attorney)
        {
            IsEligible = eligible,
            IsConnected = connected,
            ReadError = unreadable ? "Record 0 of the page could not be read." : null,
        };

    private static Gen<TargetCase> TargetGen(int id) =>
        from area in Gen.Elements("Personal Injury", "Workers Compensation")
        from stage in Gen.Elements<string?>("Intake", "Treatment", "Hearing", null)
        from closed in Gen.Frequency((5, Gen.Constant(false)), (1, Gen.Constant(true)))
        from phone in Gen.Elements(Phones)
        from system in Gen.Frequency((8, Gen.Constant(TestCases.System)), (1, Gen.Constant("mycase")))
        select new TargetCase(
            new CaseKey(system, id.ToString("D2", global::System.Globalization.CultureInfo.InvariantCulture)),
            area,
            stage,
            closed,
            new ClientContact("Ada", "Lovelace", phone),
            Attorney);

    private static Gen<SyncRequest> RequestGen() =>
        from source in SourceGen().ListOf()
        from ids in Gen.SubListOf(Enumerable.Range(0, 25).ToArray())
        from target in Gen.CollectToSequence(ids, TargetGen)
        from complete in Gen.Elements(true, false)
        from unbounded in Gen.Elements(true, false)
        from reopen in Gen.Elements(true, false)
        select Request(source.ToList(), target.ToList()) with
        {
            Window = unbounded
                ? Connectors.Core.Windows.SyncWindow.Unbounded : new Connectors.Core.Windows.SyncWindow(Now - Duration.FromDays(365), Now),
            SourceRead = complete ? ReportedComplete() : null,
            Policy = new SyncPolicy { AllowReopen = reopen },
            StageMap = new Connectors.Core.Stages.StageMap([new Connectors.Core.Stages.StageOverride(
                "Referred Open",
                "Intake",
                "Workers Compensation")]),
        };

    private static Arbitrary<SyncRequest> Requests => RequestGen().ToArbitrary();

    [Property(MaxTest = 300)]
    public Property Planning_the_applied_result_again_yields_no_writes() => Prop.ForAll(Requests, request =>
    {
        var plan = SyncPlanner.Plan(request);
        var applied = SyncPlanGuard.ApplyTo(plan, request.Target);

        var again = SyncPlanner.Plan(request with { Target = applied });

        return again.Operations.All(o => !o.IsWrite);
    });

    [Property(MaxTest = 300)]
    public Property Planning_is_deterministic_and_independent_of_target_order() => Prop.ForAll(Requests, request =>
    {
        var once = SyncPlanJson.Serialize(SyncPlanner.Plan(request));
        var twice = SyncPlanJson.Serialize(SyncPlanner.Plan(request));
        var reordered = SyncPlanJson.Serialize(SyncPlanner.Plan(request with { Target = request.Target.Reverse().ToList() }));

        return once == twice && once == reordered;
    });

    [Property(MaxTest = 300)]
    public Property No_key_is_created_twice() => Prop.ForAll(Requests, request =>
    {
        var creates = SyncPlanner.Plan(request).Operations.Where(o => o.Kind == OperationKind.Create).Select(o => o.Key).ToList();

        return creates.Count == creates.Distinct().Count();
    });

    [Property(MaxTest = 300)]
    public Property Every_source_case_is_accounted_for_exactly_once_and_counts_add_up() => Prop.ForAll(Requests, request =>
    {
        var plan = SyncPlanner.Plan(request);
        var sourceKeys = request.Source.Select(s => s.Key).ToHashSet();
        var forSource = plan.Operations.Where(o => sourceKeys.Contains(o.Key)).ToList();
        var byAbsence = plan.Operations.Where(o => !sourceKeys.Contains(o.Key)).ToList();
        var s = plan.Summary;
        var complete = request.SourceRead is { IsComplete: true }
                       && request.Window == Connectors.Core.Windows.SyncWindow.Unbounded
                       && request.Source.All(c => c.ReadError is null);

        return forSource.Count == request.Source.Count
               && forSource.Select(o => o.Key).ToHashSet().SetEquals(sourceKeys)
               && plan.SourceIsComplete == complete
               && byAbsence.All(o => o.Kind == OperationKind.Close && complete && o.IsHighRisk)
               && s.ClosesByAbsence == byAbsence.Count
               && s.Total == plan.Operations.Count
               && s.Creates + s.Updates + s.Closes + s.Reopens + s.Skips == plan.Operations.Count
               && s.SkipsByReason.Values.Sum() == s.Skips
               && plan.Operations.Zip(plan.Operations.Skip(1)).All(p => p.First.Key <= p.Second.Key);
    });
}
