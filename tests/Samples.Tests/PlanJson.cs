using System.Text.Json;

namespace Samples.Tests;

/// <summary>Reads the counts of a plan as <c>SyncPlanJson</c> writes it.</summary>
internal static class PlanJson
{
    public static int Count(JsonElement plan, string kind) => plan.GetProperty("summary").GetProperty(kind).GetInt32();

    public static IReadOnlyDictionary<string, int> SkipsByReason(JsonElement plan) =>
        plan.GetProperty("summary").GetProperty("skipsByReason").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetInt32());

    /// <summary>The sandboxes' data is well-formed: no record may fail to read.</summary>
    public static void HasNoUnexpectedSkips(JsonElement plan) =>
        Assert.DoesNotContain("unreadable", SkipsByReason(plan).Keys);
}
