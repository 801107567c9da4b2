using System.Text.Json;

using Connectors.Core.Planning;
using Connectors.Core.Scheduling;

using static Connectors.Core.Tests.TestCases;

namespace Connectors.Core.Tests.Planning;

public class SyncPlanJsonTests
{
    private static SyncPlan SamplePlan(bool withOperatingHours = true)
    {
        var moved = Source("2", "Demand");
        var request = Request([Source("1"), moved, Source("3") with { IsEligible = false }], [TargetOf(moved, "Treatment")]);
        return SyncPlanner.Plan(withOperatingHours
            ? request with { OperatingHours = OperatingHours.Weekdays(DateTimeZone.Utc, new LocalTime(9, 0), new LocalTime(17, 0)) }
            : request);
    }

    [Fact]
    public void The_plan_is_written_in_camel_case_with_the_agreed_fields()
    {
        using var json = JsonDocument.Parse(SyncPlanJson.Serialize(SamplePlan()));
        var root = json.RootElement;

        Assert.Equal("1.1", root.GetProperty("formatVersion").GetString());
        Assert.Equal(0, root.GetProperty("summary").GetProperty("closesByAbsence").GetInt32());
        Assert.Equal(3, root.GetProperty("summary").GetProperty("total").GetInt32());
        var operations = root.GetProperty("operations");
        Assert.Equal("create", operations[0].GetProperty("kind").GetString());
        Assert.Equal("casepeer", operations[0].GetProperty("sourceSystem").GetString());
        Assert.Equal("1", operations[0].GetProperty("sourceId").GetString());
        Assert.Equal("update", operations[1].GetProperty("kind").GetString());
        Assert.Equal("stage", operations[1].GetProperty("changes")[0].GetProperty("field").GetString());
        Assert.Equal("notEligible", operations[2].GetProperty("reason").GetString());
        Assert.Equal("2026-11-24T21:00:00Z", root.GetProperty("now").GetString());
        Assert.Equal("2026-11-25T09:00:00Z", root.GetProperty("notificationsReleaseAt").GetString());
        Assert.Equal(1, root.GetProperty("summary").GetProperty("skipsByReason").GetProperty("notEligible").GetInt32());
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void A_plan_reads_back_equal_including_nullable_instants(bool withOperatingHours)
    {
        var plan = SamplePlan(withOperatingHours);

        var read = SyncPlanJson.Deserialize(SyncPlanJson.Serialize(plan));

        Assert.Equal(plan.NotificationsReleaseAt, read.NotificationsReleaseAt);
        Assert.Equal(plan.Window, read.Window);
        Assert.Equal(plan.TargetFingerprint, read.TargetFingerprint);
        Assert.Equal(
            plan.Operations.Select(o => (o.Kind, o.Key, o.Reason, o.IdempotencyKey)),
            read.Operations.Select(o => (o.Kind, o.Key, o.Reason, o.IdempotencyKey)));
        Assert.Equal(plan.Operations[1].Changes, read.Operations[1].Changes);
        Assert.Equal(plan.Operations[0].Target, read.Operations[0].Target);
        Assert.Equal(SyncPlanJson.Serialize(plan), SyncPlanJson.Serialize(read));
    }

    [Fact]
    public void An_unknown_format_version_or_garbage_is_refused_with_a_connector_exception()
    {
        var json = SyncPlanJson.Serialize(SamplePlan()).Replace("\"1.1\"", "\"9.0\"", StringComparison.Ordinal);
        var before = SyncPlanJson.Serialize(SamplePlan()).Replace("\"1.1\"", "\"1.0\"", StringComparison.Ordinal);

        Assert.Throws<ConnectorException>(() => SyncPlanJson.Deserialize(json));
        Assert.Throws<ConnectorException>(() => SyncPlanJson.Deserialize(before)); // 1.0 closed by absence on a host's word
        Assert.Throws<ConnectorException>(() => SyncPlanJson.Deserialize("{not json"));
    }
}

public class TargetSnapshotJsonTests
{
    [Fact]
    public void A_target_snapshot_reads_back_equal()
    {
        var target = new[]
        {
            TestCases.TargetOf(TestCases.Source("1")),
            TestCases.TargetOf(TestCases.Source("2"), stage: null!) with { Stage = null, Title = "T" },
        };

        var read = TargetSnapshotJson.Deserialize(TargetSnapshotJson.Serialize(target));

        Assert.Equal(target, read);
        Assert.Throws<ConnectorException>(() => TargetSnapshotJson.Deserialize("[{"));
    }
}
