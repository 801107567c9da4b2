using System.Globalization;

using Connectors.Sandbox.CasePeer;
using Connectors.Sandbox.MyCase;
using Connectors.Sandbox.SmartAdvocate;

using NodaTime;

namespace Connectors.Sandbox.Tenants;

// A day of a firm's users at work, for a steady-state night: some cases change, the rest stay as they were.
internal static class SandboxTenantChanges
{
    public static IReadOnlyList<string> Change(ISandboxVendor vendor, int count, int seed, Instant at)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        var random = new Random(seed);
        switch (vendor)
        {
            case MyCaseSandbox myCase:
                var picked = Pick(myCase.Cases, count, random);
                foreach (var item in picked)
                {
                    // To the practice area's next stage where there is one, so the platform has something to write.
                    var stages = item.PracticeArea is { } area ? MyCaseSeedData.PracticeAreas.GetValueOrDefault(area) ?? [] : [];
                    var next = Array.IndexOf(stages, item.CaseStage) is var index and >= 0 && index + 1 < stages.Length
                        ? stages[index + 1] : null;
                    myCase.UpdateCase(item.Id, stage: next, at: at);
                }

                return Ids(picked.Select(c => c.Id));
            case CasePeerSandbox casePeer:
                var ids = Pick(casePeer.Cases.Select(c => c.Id).Distinct().ToList(), count, random);
                ids.ForEach(id => casePeer.UpdateCase(id, at));
                return Ids(ids);
            case SmartAdvocateSandbox smartAdvocate:
                var caseIds = Pick(smartAdvocate.Cases.Select(c => c.CaseId).ToList(), count, random);
                caseIds.ForEach(id => smartAdvocate.UpdateCase(id, at));
                return Ids(caseIds);
            default:
                throw new ArgumentException(
                    $"The sandbox changes cases of casepeer, mycase and smartadvocate tenants, not of '{vendor.PathPrefix}'.",
                    nameof(vendor));
        }
    }

    private static List<T> Pick<T>(IReadOnlyList<T> items, int count, Random random) =>
        [.. items.Select(item => (Item: item, Key: random.Next())).OrderBy(p => p.Key).Take(count).Select(p => p.Item)];

    private static List<string> Ids(IEnumerable<long> ids) => [.. ids.Select(id => id.ToString(CultureInfo.InvariantCulture))];
}
