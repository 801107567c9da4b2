using Connectors.CasePeer;
using Connectors.Core.Planning;
using Connectors.Core.Stages;
using Connectors.Core.Windows;
using Connectors.IntegrationTests.CasePeer;
using Connectors.Sandbox.CasePeer;

using NodaTime;

namespace Connectors.IntegrationTests.Resumption;

internal sealed class CasePeerResumeFlow : IResumeFlow
{
    public string Connector => "CASEpeer";

    public async Task<ResumeSubject> StartAsync(CancellationPoint point)
    {
        var harness = await CasePeerHarness.StartAsync(
            new CasePeerSandboxOptions { Cases = 40 },
            o => o.PageSize = 4,
            point.OnEveryRequest());
        var vendor = harness.Vendor;
        var settings = new SyncRequest
        {
            Tenant = "firm",
            SourceSystem = "casepeer",
            Now = default,
            Window = SyncWindow.Unbounded,
            Source = [],
            Target = [],
            Stages = new StageCatalog(CasePeerSeedData.Statuses.Select(s => new PracticeAreaStages(s.Key, s.Value))),
            KnownAttorneys = CasePeerSeedData.Attorneys.Take(3).Select(a => a.Email!).ToList(),
        };
        return new ResumeSubject(harness.Get<CasePeerCaseSource>(), settings, harness)
        {
            Change = (step, at, ids) =>
            {
                var cases = vendor.Cases.ToDictionary(c => c.Id.ToString(System.Globalization.CultureInfo.InvariantCulture));
                foreach (var (id, role) in ResumeChanges.Roles(step, ids))
                {
                    var item = cases[id];
                    var statuses = CasePeerSeedData.Statuses.GetValueOrDefault(item.CaseType) ?? [];
                    var next = Array.IndexOf(
                        statuses,
                        item.Status) is var i and >= 0 && i + 1 < statuses.Length ? statuses[i + 1] : statuses.FirstOrDefault(s =>
                            s != item.Status);
                    vendor.UpdateCase(
                        item.Id,
                        at,
                        status: role == ResumeChange.Update ? next : null,
                        closed: role switch { ResumeChange.Close => true, ResumeChange.Reopen => false, _ => null });
                }
            },
        };
    }

}
